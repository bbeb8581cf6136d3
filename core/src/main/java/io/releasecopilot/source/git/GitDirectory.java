package io.releasecopilot.source.git;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache.FileKey;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * Opens the repository a {@code --git-dir} names. The directory itself must be the repository: a work tree
 * with a {@code .git} directory or file (linked work trees and submodules use a file), a {@code .git}
 * directory, or a bare repository. Parent directories are not searched, so a mistyped path never reads
 * some enclosing repository instead. {@code GIT_DIR} and the other git environment variables are ignored.
 */
final class GitDirectory {

    private GitDirectory() {
    }

    /** Opens {@code dir}; the caller closes the repository. */
    static Repository open(Path dir) {
        if (!Files.exists(dir)) {
            throw new AuditException(dir + ": no such directory, so no git repository to read");
        }
        if (!Files.isDirectory(dir)) {
            throw new AuditException(dir + ": not a directory, so not a git repository");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.exists(dir.resolve(".git"))) {
            builder.setWorkTree(dir.toFile());
        } else if (FileKey.isGitRepository(dir.toFile(), FS.DETECTED)) {
            builder.setGitDir(dir.toFile());
        } else {
            throw notARepository(dir, "it has no .git and is not itself a .git or bare repository directory");
        }
        try {
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw notARepository(dir, e.getMessage());
        }
    }

    private static AuditException notARepository(Path dir, String why) {
        return new AuditException(UntrustedText.inMessage(dir + ": not a git repository (" + why + ")"));
    }
}
