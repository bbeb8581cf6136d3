package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.Commit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback range: the commits whose author date lies in [since, until]. */
class GitSourceWindowTest {

    private static final Instant SINCE = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2024-03-31T23:59:59Z");

    @TempDir
    Path dir;

    @Test
    void shouldKeepCommitsAuthoredInTheWindow() throws Exception {
        RevCommit first;
        RevCommit rebased;
        RevCommit last;
        RevCommit merge;
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.commit("ABC-1 Before the window", at("2024-02-20"), at("2024-02-20"));
            first = repo.commit("ABC-2 On the first second", SINCE, SINCE);
            repo.newBranch("feature/abc-4");
            rebased = repo.commit("ABC-4 Authored before, committed in the window", at("2024-02-25"), at("2024-03-10"));
            repo.checkout("main");
            repo.commit("ABC-3 Mid March", at("2024-03-15"), at("2024-03-15"));
            merge = repo.merge("feature/abc-4", "Merge branch 'feature/abc-4' into main");
            last = repo.commit("ABC-5 On the last second", UNTIL, UNTIL);
            repo.commit("ABC-6 After the window", at("2024-04-02"), at("2024-04-02"));
        }

        GitRead read = GitSource.read(GitRange.window(dir, List.of("main"), SINCE, UNTIL));

        assertThat(read.commits()).extracting(Commit::subject).containsExactly(
                "ABC-5 On the last second", "Merge branch 'feature/abc-4' into main", "ABC-3 Mid March",
                "ABC-2 On the first second");
        assertThat(read.commits()).extracting(Commit::hash).doesNotContain(rebased.name())
                .contains(first.name(), last.name(), merge.name());
        assertThat(read.commits()).filteredOn(Commit::merge).extracting(Commit::hash).containsExactly(merge.name());
        assertThat(read.commits().get(0).date()).isEqualTo(UNTIL);
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void shouldReadToTheTipWithoutAnUntilDate() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.commit("ABC-1 Before the window", at("2024-02-20"), at("2024-02-20"));
            repo.commit("ABC-6 After the window", at("2024-04-02"), at("2024-04-02"));
        }

        GitRead read = GitSource.read(GitRange.window(dir, List.of("main"), SINCE, null));

        assertThat(read.commits()).extracting(Commit::subject).containsExactly("ABC-6 After the window");
    }

    @Test
    void shouldWarnWhenNoCommitIsInTheWindow() throws Exception {
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.commit("ABC-1 Before the window", at("2024-02-20"), at("2024-02-20"));
        }

        GitRead read = GitSource.read(GitRange.window(dir, List.of("main"), SINCE, UNTIL));

        assertThat(read.commits()).isEmpty();
        assertThat(read.warnings()).containsExactly(dir + ": main has no commits in " + SINCE + ".." + UNTIL);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }
}
