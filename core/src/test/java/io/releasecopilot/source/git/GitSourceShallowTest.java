package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.Commit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shallow CI checkouts: a clone that lacks part of the range fails clearly; one that holds it works. */
class GitSourceShallowTest {

    @TempDir
    Path origin;

    @TempDir
    Path clone;

    @Test
    void shouldFailWhenShallowCloneStopsBeforeTheSinceRef() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        shallowClone(2);

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(clone, List.of("main"), "v1.0")))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(clone + ": shallow clone; its history stops at ")
                .hasMessageContaining("before since-ref v1.0 while reading main")
                .hasMessageContaining("git fetch --unshallow")
                .hasMessageContaining("fetch-depth: 0")
                .hasMessageNotContaining("\n");
        assertThat(history.revert()).isNotNull();
    }

    @Test
    void shouldReadShallowCloneThatHoldsTheRange() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(4).setNoTags().call()) {
            assertThat(git.getRepository().getObjectDatabase().getShallowCommits())
                    .as("JGit's depth 4 from main stops at A, the since-ref")
                    .containsExactly(history.a().toObjectId());
        }

        GitRead read = GitSource.read(GitRange.sinceRef(clone, List.of("main"), history.a().abbreviate(8).name()));

        assertThat(read.commits()).extracting(Commit::hash).containsExactlyInAnyOrder(
                history.b().name(), history.f1().name(), history.f2().name(), history.c().name(),
                history.merge().name(), history.revert().name());
    }

    @Test
    void shouldFailWhenShallowCloneStopsInsideTheDateWindow() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        shallowClone(1);
        Instant since = history.b().getAuthorIdent().getWhenAsInstant();

        assertThatThrownBy(() -> GitSource.read(GitRange.window(clone, List.of("main"), since, null)))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("shallow clone; its history stops at "
                        + history.revert().abbreviate(7).name())
                .hasMessageContaining("before the since date 2024-01-01 while reading main");
    }

    @Test
    void shouldReadShallowCloneThatHoldsTheDateWindow() throws Exception {
        ReleaseHistory history = ReleaseHistory.build(origin, false);
        shallowClone(2);
        Instant since = history.revert().getAuthorIdent().getWhenAsInstant();

        GitRead read = GitSource.read(GitRange.window(clone, List.of("main"), since, null));

        assertThat(read.commits()).extracting(Commit::hash).containsExactly(history.revert().name());
    }

    @Test
    void shouldHintAtShallowCloneWhenTheSinceRefIsMissing() throws Exception {
        ReleaseHistory.build(origin, false);
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(2).setNoTags().call()) {
            assertThat(git.getRepository().getTags()).isEmpty();
        }

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(clone, List.of("main"), "v1.0")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unknown ref 'v1.0' in " + clone)
                .hasMessageContaining("the clone is shallow and may lack older tags")
                .hasMessageContaining("git fetch --unshallow --tags");
    }

    private void shallowClone(int depth) throws Exception {
        try (Git git = Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(depth).call()) {
            assertThat(git.getRepository().getObjectDatabase().getShallowCommits()).isNotEmpty();
        }
    }
}
