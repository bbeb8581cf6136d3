package io.releasecopilot.jenkins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A workspace that is a git clone, as after {@code checkout scm}: tag {@code v1.0} marks the previous release,
 * and the given messages are the commits of this release on {@code main}, HEAD at the last.
 */
final class GitWorkspace {

    private GitWorkspace() {
    }

    /** Initialises the repository in {@code dir} with one commit before {@code v1.0} and the given ones after. */
    static Path create(Path dir, String... messages) throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            commit(git, dir, "APP-999 shipped in the previous release");
            git.tag().setName("v1.0").call();
            for (String message : messages) {
                commit(git, dir, message);
            }
        }
        return dir;
    }

    private static void commit(Git git, Path dir, String message) throws IOException, GitAPIException {
        Files.writeString(dir.resolve("file.txt"), message);
        git.add().addFilepattern("file.txt").call();
        PersonIdent who = new PersonIdent("Dev", "dev@acme.test");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
