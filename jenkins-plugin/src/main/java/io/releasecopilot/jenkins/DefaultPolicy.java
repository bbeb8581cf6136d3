package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inline default policy of Manage Jenkins → Release Copilot, written on the agent into the audit's cache
 * directory, where the core reads policy files from disk like any other.
 */
final class DefaultPolicy {

    static final String FILE_NAME = "jenkins-default-policy.yaml";

    private DefaultPolicy() {
    }

    /**
     * Writes the YAML and returns its path.
     *
     * @throws UsageException naming the file when it cannot be written
     */
    static Path write(String yaml, Path cacheDir) {
        Path file = cacheDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(cacheDir);
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UsageException("cannot write the default policy of Manage Jenkins to " + file + ": "
                    + e.getMessage());
        }
    }
}
