package io.releasecopilot.mirror;

import java.util.List;
import java.util.Objects;

/**
 * One issue as the mirror keeps it.
 *
 * @param id          Jira's issue id, which survives a move to another project (the key does not)
 * @param key         the issue key ({@code ABC-123})
 * @param project     the project key ({@code ABC})
 * @param updated     the issue's {@code updated} time in epoch milliseconds: the version of this state
 * @param fixVersions the names of the issue's fix versions, in Jira's order, without duplicates
 * @param issueJson   the issue as a search returns it ({@code id}, {@code key}, {@code self} and the fields an
 *                    audit reads), JSON text
 */
public record IssueState(String id, String key, String project, long updated, List<String> fixVersions,
        String issueJson) {

    public IssueState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(project, "project");
        fixVersions = List.copyOf(fixVersions);
        Objects.requireNonNull(issueJson, "issueJson");
    }
}
