package io.releasecopilot.gate;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Builds audit results with given figures for gate tests; only counts and story statuses matter. */
final class Audits {

    private int withCommits;
    private int withoutCommits;
    private int revertedOnly;
    private int notDone;
    private int linked;
    private int orphan;
    private int outOfScope;
    private int exempt;

    static Audits audit() {
        return new Audits();
    }

    /** Returns an audit where {@code metric} has the value {@code n}, or {@code n}% for shares and coverage. */
    static AuditResult where(Metric metric, int n) {
        return switch (metric) {
            case STORIES_WITHOUT_COMMITS -> audit().withCommits(10).withoutCommits(n).build();
            case STORIES_REVERTED_ONLY -> audit().withCommits(10).revertedOnly(n).build();
            case STORIES_NOT_DONE -> audit().withCommits(n + 10).notDone(n).build();
            case ORPHAN_COMMITS -> audit().linked(100).orphan(n).build();
            case ORPHAN_SHARE -> audit().linked(100 - n).orphan(n).build();
            case OUT_OF_SCOPE_COMMITS -> audit().linked(100).outOfScope(n).build();
            case OUT_OF_SCOPE_SHARE -> audit().linked(100 - n).outOfScope(n).build();
            case COVERAGE -> audit().withCommits(n).withoutCommits(100 - n).build();
        };
    }

    Audits withCommits(int n) {
        withCommits = n;
        return this;
    }

    Audits withoutCommits(int n) {
        withoutCommits = n;
        return this;
    }

    Audits revertedOnly(int n) {
        revertedOnly = n;
        return this;
    }

    /** The first {@code n} stories are in progress, the others done. */
    Audits notDone(int n) {
        notDone = n;
        return this;
    }

    Audits linked(int n) {
        linked = n;
        return this;
    }

    Audits orphan(int n) {
        orphan = n;
        return this;
    }

    Audits outOfScope(int n) {
        outOfScope = n;
        return this;
    }

    Audits exempt(int n) {
        exempt = n;
        return this;
    }

    AuditResult build() {
        List<StoryResult> stories = new ArrayList<>();
        add(stories, withCommits, StoryCategory.WITH_COMMITS);
        add(stories, withoutCommits, StoryCategory.WITHOUT_COMMITS);
        add(stories, revertedOnly, StoryCategory.REVERTED_ONLY);
        int storiesTotal = stories.size();
        AuditCounts counts = new AuditCounts(storiesTotal, withCommits, withoutCommits, revertedOnly,
                linked + orphan + outOfScope + exempt, linked, orphan, outOfScope, exempt);
        AuditInput input = new AuditInput("1.0", null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new AuditResult(input, CorrelationSettings.defaults(), new TreeSet<>(List.of("APP")), stories, List.of(),
                counts, List.of());
    }

    private void add(List<StoryResult> stories, int n, StoryCategory category) {
        for (int i = 0; i < n; i++) {
            int number = stories.size() + 1;
            String statusCategory = number <= notDone ? "indeterminate" : "done";
            String status = statusCategory.equals("done") ? "Done" : "In Progress";
            Story story = new Story("APP-" + number, "Story " + number, status, statusCategory, "Story", false, null,
                    null, List.of(), List.of(), List.of("1.0"), null, null);
            stories.add(new StoryResult(story, category, List.of()));
        }
    }
}
