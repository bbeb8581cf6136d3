package io.releasecopilot.model;

import java.util.List;
import java.util.Objects;

/**
 * A merged pull request, used to link its commits through keys in its title and source branch.
 *
 * @param repo              the repository slug
 * @param id                the pull request number
 * @param title             the title, untrusted text
 * @param sourceBranch      the source branch name
 * @param destinationBranch the destination branch name
 * @param commitHashes      full hashes of the commits the pull request brought in
 */
public record PullRequest(String repo, long id, String title, String sourceBranch, String destinationBranch,
        List<String> commitHashes) {

    public PullRequest {
        Objects.requireNonNull(repo, "repo");
        title = title == null ? "" : title;
        sourceBranch = sourceBranch == null ? "" : sourceBranch;
        destinationBranch = destinationBranch == null ? "" : destinationBranch;
        commitHashes = List.copyOf(commitHashes == null ? List.of() : commitHashes);
    }
}
