package io.releasecopilot.source.live;

import java.util.List;

/**
 * A merged pull request the fake Bitbucket Cloud serves.
 *
 * @param id          the number
 * @param title       the title
 * @param source      the source branch
 * @param destination the destination branch
 * @param mergeCommit the full hash of the merge commit (served as its 12-character short form)
 * @param commits     the full hashes of its commits
 */
record TestPullRequest(long id, String title, String source, String destination, String mergeCommit,
        List<String> commits) {
}
