package io.releasecopilot.cli;

import io.releasecopilot.common.SecretValue;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps Jira's rotated OAuth refresh token: Atlassian disables the old one at every refresh. When
 * {@code JIRA_REFRESH_TOKEN_FILE} names a file, the new token replaces its content (owner-only permissions);
 * otherwise a warning says the configured token no longer works. Never written beside the cache.
 */
final class RefreshTokens {

    private static final System.Logger LOG = System.getLogger(RefreshTokens.class.getName());

    private RefreshTokens() {
    }

    static void rotated(SecretValue token) {
        String file = System.getenv("JIRA_REFRESH_TOKEN_FILE");
        if (file == null || file.isBlank()) {
            LOG.log(Level.WARNING, "Jira rotated the OAuth refresh token: the JIRA_REFRESH_TOKEN in use no longer works."
                    + " Set JIRA_REFRESH_TOKEN_FILE to have rc keep the new one.");
            return;
        }
        Path target = Path.of(file);
        try {
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".refresh-token", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, token.reveal());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(Level.INFO, "stored the rotated Jira refresh token in {0}", target);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "cannot store the rotated Jira refresh token in {0}: {1}", target,
                    e.getClass().getSimpleName());
        }
    }
}
