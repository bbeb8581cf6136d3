package io.releasecopilot.source.live;

import java.util.ArrayList;
import java.util.List;

/**
 * An issue the fake Jira serves; null values are sent as JSON null.
 *
 * @param key        the key
 * @param summary    the summary
 * @param status     the status name
 * @param category   the status category key
 * @param type       the issue type name
 * @param subtask    whether the type is a sub-task
 * @param parent     the parent key, or null
 * @param assignee   the assignee's display name, or null
 * @param labels     labels
 * @param components component names
 * @param fixVersion the fix version name
 * @param resolved   the resolution date as Jira writes it, or null
 * @param updated    the last update as Jira writes it
 */
record TestIssue(String key, String summary, String status, String category, String type, boolean subtask,
        String parent, String assignee, List<String> labels, List<String> components, String fixVersion,
        String resolved, String updated) {

    /** Returns {@code count} issues ABC-1.. of {@code fixVersion}, some unassigned, some sub-tasks, some done. */
    static List<TestIssue> series(String fixVersion, int count) {
        List<TestIssue> issues = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            boolean done = i % 4 == 0;
            boolean subtask = i % 5 == 0;
            issues.add(new TestIssue("ABC-" + i, "Story number " + i, done ? "Done" : "In Progress",
                    done ? "done" : "indeterminate", subtask ? "Sub-task" : "Story", subtask,
                    subtask ? "ABC-" + (i - 1) : null, i % 3 == 0 ? null : "Dev " + (i % 7),
                    i % 2 == 0 ? List.of("backend", "release") : List.of(), i % 2 == 0 ? List.of("api") : List.of(),
                    fixVersion, done ? "2026-03-0" + (i % 9 + 1) + "T10:15:00.000-0700" : null,
                    "2026-03-10T16:29:31.871-0700"));
        }
        return issues;
    }
}
