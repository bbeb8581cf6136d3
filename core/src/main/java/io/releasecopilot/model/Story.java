package io.releasecopilot.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A Jira issue of the audited fix version, reduced to the fields the audit uses.
 *
 * @param key            the issue key, upper case ({@code ABC-12})
 * @param summary        the summary, untrusted text; never {@code null}, may be empty
 * @param status         the status name ({@code In Review})
 * @param statusCategory the status category key: {@code new}, {@code indeterminate}, {@code done} or
 *                       {@code undefined}
 * @param issueType      the issue type name ({@code Story}, {@code Sub-task})
 * @param subtask        whether the issue type is a sub-task type
 * @param parentKey      the parent issue key, or {@code null}
 * @param assignee       the assignee's display name, or {@code null} when unassigned
 * @param labels         labels, in Jira's order
 * @param components     component names, in Jira's order
 * @param fixVersions    fix version names, in Jira's order
 * @param resolved       the resolution date, or {@code null}
 * @param updated        the last update, or {@code null}
 */
public record Story(
        String key,
        String summary,
        String status,
        String statusCategory,
        String issueType,
        boolean subtask,
        String parentKey,
        String assignee,
        List<String> labels,
        List<String> components,
        List<String> fixVersions,
        Instant resolved,
        Instant updated) {

    public Story {
        Objects.requireNonNull(key, "key");
        summary = summary == null ? "" : summary;
        status = status == null ? "" : status;
        statusCategory = statusCategory == null ? "undefined" : statusCategory;
        issueType = issueType == null ? "" : issueType;
        labels = List.copyOf(labels == null ? List.of() : labels);
        components = List.copyOf(components == null ? List.of() : components);
        fixVersions = List.copyOf(fixVersions == null ? List.of() : fixVersions);
    }

    /** Returns the project part of the key: {@code ABC} for {@code ABC-12}. */
    public String projectKey() {
        return IssueKeys.projectOf(key);
    }

    /** Returns whether the status category is {@code done}. */
    public boolean isDone() {
        return "done".equals(statusCategory);
    }
}
