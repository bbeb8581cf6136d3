package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill at any moment leaves a readable cache: after every stored page (while other refs keep writing), the
 * cache directory is copied as a killed process would leave it (manifest first, then the rest), and the copy
 * must hold a valid manifest whose every listed page is complete.
 */
class KillSimulationTest {

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @TempDir
    Path snapshots;

    @Test
    void shouldLeaveAValidManifestAndCompletePagesAfterEveryPage() {
        List<String> refs = List.of("main", "develop", "release/1", "release/2");
        for (String ref : refs) {
            fake.stubs().bitbucketCloud("acme", "portal", ref, null, TestCommit.history(ref, 500, TestSources.NEWEST),
                    100);
        }
        List<Integer> commitsSeen = new ArrayList<>();
        FetchProgress snapshotting = new FetchProgress() {
            @Override
            public void pageFetched(Page page) {
                Path copy = snapshots.resolve("s" + commitsSeen.size());
                copyLikeAKill(cache, copy);
                JsonNode manifest = readJson(copy.resolve("manifest.json"));
                assertThat(manifest.path("layout").asText()).isEqualTo("release-copilot-cache/v1");
                AuditInput input = CacheReader.read(copy);
                commitsSeen.add(input.commits().size());
            }

            @Override
            public void finished(FetchSummary summary) {
            }
        };
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch(String.join(",", refs)).concurrency(4)
                .build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), snapshotting);

        assertThat(commitsSeen).hasSize(1 + 4 * 5).isSorted();
        assertThat(CacheReader.read(cache).commits()).hasSize(4 * 500);
    }

    private static void copyLikeAKill(Path from, Path to) {
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve("manifest.json"), to.resolve("manifest.json"));
            copyTree(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies what is there now; other threads keep writing, so an entry may vanish between listing and copying. */
    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(from)) {
            entries = list.toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        for (Path file : entries) {
            Path target = to.resolve(file.getFileName().toString());
            try {
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    copyTree(file, target);
                } else if (!file.getFileName().toString().startsWith("manifest.json")) {
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // a temporary file moved away meanwhile
            }
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
