package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.Commit;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refs in every form a user or a CI checkout gives them, and the error for one that matches nothing. */
class GitSourceRefsTest {

    @TempDir
    Path origin;

    @TempDir
    Path clone;

    @Test
    void shouldResolveBranchesTagsHashesAndHead() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        history.repo().tag("v2.0");
        String tip = history.revert().name();

        for (String ref : List.of("main", "refs/heads/main", "HEAD", "v2.0", "refs/tags/v2.0", tip,
                tip.toUpperCase(Locale.ROOT), tip.substring(0, 7))) {
            GitRead read = GitSource.read(GitRange.sinceRef(origin, List.of(ref), history.a().name()));

            assertThat(read.commits()).as(ref).hasSize(6);
            assertThat(read.commits().get(0).hash()).as(ref).isEqualTo(tip);
            assertThat(read.commits()).as(ref).extracting(Commit::branches).containsOnly(List.of(ref));
        }
    }

    @Test
    void shouldReadRemoteTrackingRefsOfADetachedCiCheckout() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call()) {
            git.checkout().setName(history.merge().name()).call();
            git.branchDelete().setBranchNames("main").setForce(true).call();
            assertThat(git.getRepository().getBranch()).isEqualTo(history.merge().name());
            assertThat(git.getRepository().exactRef("refs/heads/main")).isNull();
        }

        for (String ref : List.of("main", "origin/main", "refs/remotes/origin/main")) {
            GitRead read = GitSource.read(GitRange.sinceRef(clone, List.of(ref), "v1.0"));

            assertThat(read.commits()).as(ref).hasSize(6);
            assertThat(read.commits().get(0).hash()).as(ref).isEqualTo(history.revert().name());
            assertThat(read.commits()).as(ref).extracting(Commit::branches).containsOnly(List.of(ref));
        }
        assertThat(GitSource.read(GitRange.sinceRef(clone, List.of("HEAD"), "v1.0")).commits()).hasSize(5);
    }

    @Test
    void shouldFindABranchOnTheOnlyRemoteThatHasIt() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setRemote("upstream").setNoCheckout(true).call()) {
            git.checkout().setName(history.b().name()).call();
            git.branchDelete().setBranchNames("main").setForce(true).call();
        }

        GitRead read = GitSource.read(GitRange.sinceRef(clone, List.of("feature/abc-7", "main"), "v1.0"));

        assertThat(read.commits()).hasSize(3 + 6);
    }

    @Test
    void shouldWarnWhenTheBranchIsTheSinceRef() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);

        GitRead read = GitSource.read(GitRange.sinceRef(origin, List.of("main"), history.revert().name()));

        assertThat(read.warnings()).containsExactly(origin + ": main has no commits in ^" + history.revert().name()
                + " (it points at the since-ref's commit " + history.revert().abbreviate(7).name() + ")");
    }

    @Test
    void shouldNameSimilarRefsAndTheDetachedHeadForAnUnknownRef() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile()).call()) {
            git.checkout().setName(history.merge().name()).call();
            git.branchDelete().setBranchNames("main").setForce(true).call();
        }

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(clone, List.of("feature/abc-8"), "v1.0")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown ref 'feature/abc-8' in " + clone + " (similar refs: origin/feature/abc-7)"
                        + "; HEAD is detached at " + history.merge().abbreviate(7).name()
                        + ", as in a CI checkout of one commit: fetch the branch (git fetch origin feature/abc-8)"
                        + " or give the commit's hash or HEAD");
    }

    @Test
    void shouldListUpToFiveSimilarRefsClosestFirst() throws Exception {
        try (TestRepo repo = TestRepo.init(origin)) {
            repo.commit("ABC-1 Set up the portal");
            for (String name : List.of("release/1.0", "release/1.1", "release/1.2", "release/2.0", "release/2.1",
                    "release/3.0", "hotfix/1.0")) {
                repo.git().branchCreate().setName(name).call();
            }
        }

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(origin, List.of("relase/2.0"), "main")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown ref 'relase/2.0' in " + origin + " (similar refs: release/2.0, release/1.0,"
                        + " release/2.1, release/3.0, release/1.1)");
        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(origin, List.of("main"), "zzz")))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown ref 'zzz' in " + origin + " (no similar ref; it has 8 refs: hotfix/1.0, main,"
                        + " release/1.0, release/1.1, release/1.2, ...)");
    }

    @Test
    void shouldRejectARefThatIsNotACommit() throws Exception {
        try (TestRepo repo = TestRepo.init(origin); RevWalk walk = new RevWalk(repo.git().getRepository())) {
            repo.commit("ABC-1 Set up the portal");
            repo.git().tag().setName("tree-tag").setAnnotated(false)
                    .setObjectId(walk.parseTree(walk.parseCommit(repo.head()).getTree())).call();
        }

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(origin, List.of("tree-tag"), "main")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith(origin + ": ref tree-tag points at ")
                .hasMessageEndingWith(", which is not a commit");
    }
}
