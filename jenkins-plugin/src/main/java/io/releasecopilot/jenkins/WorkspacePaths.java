package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.nio.file.Path;

/**
 * Resolves the step's path parameters against the workspace. Inputs (cache, policy, overrides) may be absolute,
 * for a cache shared on the agent; outputs must stay inside the workspace, because Jenkins archives them from
 * there by their workspace-relative paths.
 */
final class WorkspacePaths {

    private final Path workspace;

    WorkspacePaths(Path workspace) {
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    /** Returns the input path, or {@code null} when the parameter is not set. */
    Path input(String value) {
        String path = StepOptions.clean(value);
        return path == null ? null : workspace.resolve(path).normalize();
    }

    /** Returns the output path inside the workspace, or {@code null} when the parameter is not set. */
    Path output(String value, String parameter) {
        String path = StepOptions.clean(value);
        if (path == null) {
            return null;
        }
        Path resolved = workspace.resolve(path).normalize();
        if (!resolved.startsWith(workspace) || resolved.equals(workspace)) {
            throw new UsageException("%s: '%s' is not a file inside the workspace".formatted(parameter, path));
        }
        return resolved;
    }

    /** Returns the path relative to the workspace with forward slashes, as Jenkins names artifacts. */
    String relative(Path path) {
        return workspace.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Returns the workspace. */
    Path root() {
        return workspace;
    }
}
