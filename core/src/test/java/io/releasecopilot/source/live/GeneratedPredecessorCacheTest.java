package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a cache written by the predecessor's generator, shared/bench/gen_seed_cache.py beside the repository. */
class GeneratedPredecessorCacheTest {

    @Test
    void shouldReadTheCacheThePredecessorGeneratorWrites(@TempDir Path dir) throws Exception {
        Path script = findScript();
        assumeTrue(script != null, "shared/bench/gen_seed_cache.py is not beside the repository");
        assumeTrue(pythonAvailable(), "python3 is not installed");

        Process process = new ProcessBuilder("python3", script.toString(), dir.toString(), "200", "2000")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Matcher printed = Pattern.compile("issues=(\\d+) commits=(\\d+)").matcher(output);
        assertThat(printed.find()).as(output).isTrue();

        AuditInput input = CacheReader.read(dir);

        assertThat(input.fixVersion()).isEqualTo("2025.09.20");
        assertThat(input.stories()).hasSize(200).hasSize(Integer.parseInt(printed.group(1)));
        assertThat(input.stories()).extracting(Story::key).allMatch(k -> k.matches("(APP|MOB)-\\d+"));
        assertThat(input.stories()).allSatisfy(s -> assertThat(s.fixVersions()).containsExactly("2025.09.20"));
        assertThat(input.commits()).hasSize(Integer.parseInt(printed.group(2)));
        assertThat(input.repositories()).extracting(Repository::name)
                .containsExactly("billingcenter", "claimcenter", "policycenter", "portal", "shared-lib");
        assertThat(input.repositories()).allSatisfy(r -> {
            assertThat(r.refs()).containsExactly("develop", "main");
            assertThat(r.workspace()).isEqualTo("acme");
            assertThat(r.commitUrlPrefix()).isEqualTo("https://bitbucket.org/acme/" + r.name() + "/commits/");
        });
        assertThat(input.commits()).allSatisfy(c -> {
            assertThat(c.branches()).singleElement().isIn("develop", "main");
            assertThat(c.date()).isBetween(Instant.parse("2025-08-23T00:00:00Z"), Instant.parse("2025-09-20T00:00:00Z"));
            assertThat(c.author()).matches("Dev \\d\\d");
            assertThat(c.authorEmail()).isEqualTo(c.author().replace(' ', '.').toLowerCase() + "@acme.test");
            assertThat(c.hash()).matches("[0-9a-f]{40}");
            assertThat(c.parentCount()).isEqualTo(1);
        });
        assertThat(input.commits()).extracting(Commit::repo).first().isEqualTo("billingcenter");
        assertThat(input.jiraBrowseUrl()).isEqualTo("https://acme.atlassian.net/browse/");
        assertThat(input.warnings()).isEmpty();
    }

    /** The repository root holds pom.xml and core/; shared/ is beside it (or beside a folder above it). */
    private static Path findScript() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !(Files.isRegularFile(root.resolve("pom.xml")) && Files.isDirectory(root.resolve("core")))) {
            root = root.getParent();
        }
        for (Path up = root == null ? null : root.getParent(); up != null; up = up.getParent()) {
            Path script = up.resolve("shared/bench/gen_seed_cache.py");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        return null;
    }

    private static boolean pythonAvailable() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

}
