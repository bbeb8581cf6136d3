package io.releasecopilot.aws.fakes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample cache shipped in {@code samples/cache}, and copies of it that a test may change. */
public final class SampleCache {

    /** The shipped sample cache; tests only read it. */
    public static final Path DIR = Path.of("..", "samples", "cache").toAbsolutePath().normalize();

    private SampleCache() {
    }

    /** Copies the sample cache into {@code target} (created) and returns {@code target}. */
    public static Path copyTo(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(DIR.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Copies the sample cache as a first fetch killed after its second Jira page leaves it. */
    public static Path incompleteCopyTo(Path target) throws IOException {
        copyTo(target);
        ObjectMapper json = new ObjectMapper();
        Path manifestFile = target.resolve("manifest.json");
        ObjectNode manifest = (ObjectNode) json.readTree(manifestFile.toFile());
        ObjectNode jira = (ObjectNode) manifest.path("jira");
        ((ArrayNode) jira.path("pages")).remove(2);
        jira.put("complete", false);
        jira.putObject("resume").put("nextPageToken", "t3");
        json.writeValue(manifestFile.toFile(), manifest);
        return target;
    }
}
