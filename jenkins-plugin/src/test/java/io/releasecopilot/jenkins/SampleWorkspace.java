package io.releasecopilot.jenkins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A workspace holding a copy of the sample cache (samples/cache, fix version 2026.03.1) in temp_data/. */
final class SampleWorkspace {

    static final Path SAMPLE_CACHE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    static final String FIX_VERSION = "2026.03.1";

    private SampleWorkspace() {
    }

    /** Copies the sample cache into {@code workspace/temp_data} and returns the workspace. */
    static Path create(Path workspace) {
        Path target = workspace.resolve(StepOptions.DEFAULT_CACHE_DIR);
        try (Stream<Path> files = Files.walk(SAMPLE_CACHE)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(SAMPLE_CACHE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workspace;
    }

    /** Returns offline options for the sample with the Excel workbook left out (it is slow and tested in core). */
    static StepOptions offline() {
        StepOptions options = new StepOptions();
        options.offline = true;
        options.noXlsx = true;
        return options;
    }
}
