package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.Commit;
import io.releasecopilot.model.SourceFlavor;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The range {@code git log BRANCH ^SINCE_REF} read from a real repository built with JGit. */
class GitSourceTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadLinearHistorySinceTag() throws Exception {
        RevCommit b;
        RevCommit c;
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.commit("ABC-1 Set up the portal");
            repo.tag("v1.0");
            b = repo.commit("ABC-2 Login page\n\nWith a remember-me box.");
            c = repo.commit("ABC-3 Logout button");
        }

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "v1.0"));

        assertThat(read.commits()).containsExactly(
                new Commit(dir.getFileName().toString(), c.name(), c.getAuthorIdent().getWhenAsInstant(),
                        TestRepo.AUTHOR, TestRepo.EMAIL, "ABC-3 Logout button", List.of("main"), 1),
                new Commit(dir.getFileName().toString(), b.name(), TestRepo.START.plusSeconds(2 * 3600),
                        TestRepo.AUTHOR, TestRepo.EMAIL, "ABC-2 Login page\n\nWith a remember-me box.",
                        List.of("main"), 1));
        assertThat(read.commits()).allSatisfy(commit -> assertThat(commit.hash()).matches("[0-9a-f]{40}"));
        assertThat(read.repository().name()).isEqualTo(dir.getFileName().toString());
        assertThat(read.repository().flavor()).isEqualTo(SourceFlavor.GIT);
        assertThat(read.repository().refs()).containsExactly("main");
        assertThat(read.repository().commitUrlPrefix()).isNull();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void shouldIncludeAndFlagMergeCommitsWithTheMergedCommits() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(dir, false);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "v1.0"));

        assertThat(read.commits()).extracting(Commit::hash).containsExactlyInAnyOrder(
                history.b().name(), history.f1().name(), history.f2().name(), history.c().name(),
                history.merge().name(), history.revert().name());
        Commit merge = find(read, history.merge());
        assertThat(merge.merge()).isTrue();
        assertThat(merge.parentCount()).isEqualTo(2);
        assertThat(merge.message()).isEqualTo(ReleaseHistory.MERGE_MESSAGE);
        assertThat(read.commits()).filteredOn(Commit::merge).containsExactly(merge);
        assertThat(find(read, history.f2()).message()).isEqualTo("ABC-7 Search results\n\nPaged, 20 a page.");
    }

    @Test
    void shouldKeepRevertCommitsWithGitsMessage() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(dir, false);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "v1.0"));

        Commit revert = find(read, history.revert());
        assertThat(revert.subject()).isEqualTo("Revert \"ABC-3 Logout button\"");
        assertThat(revert.message()).contains("This reverts commit " + history.c().name() + ".");
        assertThat(find(read, history.c()).message()).isEqualTo("ABC-3 Logout button");
    }

    @Test
    void shouldGiveOneCommitPerBranchWhenReachableFromBoth() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(dir, false);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main", "feature/abc-7"), "v1.0"));

        assertThat(read.commits()).hasSize(6 + 3);
        assertThat(read.commits()).filteredOn(commit -> commit.hash().equals(history.f1().name()))
                .extracting(Commit::branches)
                .containsExactly(List.of("main"), List.of("feature/abc-7"));
        assertThat(read.commits()).filteredOn(commit -> commit.branches().equals(List.of("feature/abc-7")))
                .extracting(Commit::hash)
                .containsExactly(history.f2().name(), history.f1().name(), history.b().name());
        assertThat(read.repository().refs()).containsExactly("main", "feature/abc-7");
    }

    @Test
    void shouldPeelAnnotatedTagGivenAsSinceRef() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(dir, true);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "refs/tags/v1.0"));

        assertThat(read.commits()).hasSize(6).extracting(Commit::hash).doesNotContain(history.a().name());
    }

    @Test
    void shouldWarnButReadWhenTheSinceRefIsNotAnAncestor() throws Exception {
        RevCommit b;
        try (TestRepo repo = TestRepo.init(dir)) {
            RevCommit a = repo.commit("ABC-1 Set up the portal");
            repo.newBranch("hotfix");
            repo.commit("ABC-9 Hotfix");
            repo.checkout("main");
            b = repo.commit("ABC-2 Login page");
            assertThat(a).isNotNull();
        }

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "hotfix"));

        assertThat(read.commits()).extracting(Commit::hash).containsExactly(b.name());
        assertThat(read.warnings()).singleElement().asString()
                .startsWith(dir + ": since-ref hotfix (")
                .contains("is not an ancestor of main")
                .contains("git log main ^hotfix");
    }

    @Test
    void shouldWarnWhenTheRangeIsEmpty() throws Exception {
        ReleaseHistory.build(dir, false);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("v1.0"), "main"));

        assertThat(read.commits()).isEmpty();
        assertThat(read.warnings()).singleElement().asString()
                .isEqualTo(dir + ": v1.0 has no commits in ^main"
                        + " (the since-ref already contains it; are branch and since-ref swapped?)");
    }

    @Test
    void shouldTakeTheRepositoryNameFromTheOption() throws Exception {
        ReleaseHistory.build(dir, false);

        GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "v1.0").withRepoName("portal"));

        assertThat(read.repository().name()).isEqualTo("portal");
        assertThat(read.commits()).extracting(Commit::repo).containsOnly("portal");
    }

    static Commit find(GitRead read, RevCommit commit) {
        return read.commits().stream().filter(c -> c.hash().equals(commit.name())).findFirst().orElseThrow();
    }
}
