package io.releasecopilot.source.git;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The release most tests read: tag {@code v1.0} on the second commit, then on {@code main} a story commit, a
 * feature branch merged with a merge commit, and a revert.
 *
 * <pre>
 *        v1.0
 *  I --- A --- B --------- C --- M --- R      main
 *               \               /
 *                F1 --- F2 ----           feature/abc-7
 * </pre>
 */
record ReleaseHistory(TestRepo repo, RevCommit a, RevCommit b, RevCommit f1, RevCommit f2, RevCommit c,
        RevCommit merge, RevCommit revert) {

    static final String MERGE_MESSAGE = "Merge branch 'feature/abc-7' into main";

    /** Builds the history in {@code dir}; {@code annotated} makes {@code v1.0} an annotated tag. */
    static ReleaseHistory build(Path dir, boolean annotated) throws GitAPIException, IOException {
        TestRepo repo = TestRepo.init(dir);
        repo.commit("Initial commit");
        RevCommit a = repo.commit("ABC-1 Set up the portal");
        if (annotated) {
            repo.annotatedTag("v1.0");
        } else {
            repo.tag("v1.0");
        }
        RevCommit b = repo.commit("ABC-2 Login page");
        repo.newBranch("feature/abc-7");
        RevCommit f1 = repo.commit("ABC-7 Search box");
        RevCommit f2 = repo.commit("ABC-7 Search results\n\nPaged, 20 a page.");
        repo.checkout("main");
        RevCommit c = repo.commit("ABC-3 Logout button");
        RevCommit merge = repo.merge("feature/abc-7", MERGE_MESSAGE);
        RevCommit revert = repo.revert(c);
        return new ReleaseHistory(repo, a, b, f1, f2, c, merge, revert);
    }
}
