package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code --git-dir} may be a work tree, its {@code .git}, a bare repository or a work tree with a .git file. */
class GitDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void shouldReadAWorkTreeAndItsDotGitDirectory() throws Exception {
        Path work = temp.resolve("portal");
        ReleaseHistory.build(work, false);

        for (Path dir : List.of(work, work.resolve(".git"))) {
            GitRead read = GitSource.read(GitRange.sinceRef(dir, List.of("main"), "v1.0"));

            assertThat(read.commits()).as(dir.toString()).hasSize(6);
            assertThat(read.repository().name()).as(dir.toString()).isEqualTo("portal");
        }
    }

    @Test
    void shouldReadABareRepositoryNamedWithoutDotGit() throws Exception {
        ReleaseHistory.build(temp.resolve("origin"), false);
        Path bare = temp.resolve("portal.git");
        try (Git git = Git.cloneRepository().setURI(temp.resolve("origin").toUri().toString())
                .setDirectory(bare.toFile()).setBare(true).call()) {
            git.remoteRemove().setRemoteName("origin").call();
        }

        GitRead read = GitSource.read(GitRange.sinceRef(bare, List.of("main"), "v1.0"));

        assertThat(read.commits()).hasSize(6);
        assertThat(read.repository().name()).isEqualTo("portal");
    }

    @Test
    void shouldFollowADotGitFile() throws Exception {
        Path work = temp.resolve("checkout");
        try (TestRepo repo = TestRepo.initSeparate(work, temp.resolve("elsewhere.git"))) {
            repo.commit("ABC-1 Set up the portal");
            repo.tag("v1.0");
            repo.commit("ABC-2 Login page");
        }
        assertThat(work.resolve(".git")).isRegularFile();

        GitRead read = GitSource.read(GitRange.sinceRef(work, List.of("main"), "v1.0"));

        assertThat(read.commits()).singleElement().extracting(c -> c.subject()).isEqualTo("ABC-2 Login page");
        assertThat(read.repository().name()).isEqualTo("checkout");
    }

    @Test
    void shouldNameTheDirectoryThatIsNotARepository() throws Exception {
        Path plain = Files.createDirectory(temp.resolve("plain"));
        Path file = Files.writeString(temp.resolve("file.txt"), "x");
        Path brokenDotGit = Files.createDirectories(temp.resolve("broken/.git"));

        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(plain, List.of("main"), "v1.0")))
                .isInstanceOf(AuditException.class)
                .hasMessage(plain + ": not a git repository (it has no .git and is not itself a .git"
                        + " or bare repository directory)");
        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(temp.resolve("missing"), List.of("main"), "v1")))
                .isInstanceOf(AuditException.class)
                .hasMessage(temp.resolve("missing") + ": no such directory, so no git repository to read");
        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(file, List.of("main"), "v1.0")))
                .isInstanceOf(AuditException.class)
                .hasMessage(file + ": not a directory, so not a git repository");
        assertThatThrownBy(() -> GitSource.read(GitRange.sinceRef(brokenDotGit.getParent(), List.of("main"), "v1")))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(brokenDotGit.getParent() + ": not a git repository (")
                .hasMessageNotContaining("\n");
    }
}
