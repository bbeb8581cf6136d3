package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.SampleCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path dist;

    @BeforeEach
    void setUp() {
        dist = dir.resolve("dist");
    }

    @Test
    void shouldAuditTheSampleCacheAndWriteEveryOutput() throws IOException {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--scope", "env=staging", "--scope", "ticket=REL-1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2026.03.1").contains("Gate").contains("WARN")
                .contains("wrote " + dist.resolve("audit.json"));
        assertThat(dist.resolve("audit.json")).isNotEmptyFile();
        assertThat(dist.resolve("audit.xlsx")).isNotEmptyFile();
        assertThat(dist.resolve("audit-summary.md")).content().contains("2026.03.1");

        JsonNode summary = JSON.readTree(dist.resolve("audit-summary.json").toFile());
        assertThat(summary.path("schema").asText()).isEqualTo("release-audit-summary/v1");
        assertThat(summary.path("fixVersion").asText()).isEqualTo("2026.03.1");
        assertThat(summary.path("scope").path("env").asText()).isEqualTo("staging");
        assertThat(summary.path("scope").path("ticket").asText()).isEqualTo("REL-1");
        assertThat(summary.path("storiesWithCommits").asInt() + summary.path("storiesWithoutCommits").asInt()
                + summary.path("storiesRevertedOnly").asInt()).isEqualTo(summary.path("storiesTotal").asInt());
        assertThat(summary.path("linkedCommits").asInt() + summary.path("orphanCommits").asInt()
                + summary.path("outOfScopeCommits").asInt() + summary.path("exemptCommits").asInt())
                .isEqualTo(summary.path("commitsTotal").asInt());
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("WARN");
        // the sample's designed figures (samples/README.md)
        assertThat(List.of(summary.path("storiesTotal").asInt(), summary.path("storiesWithCommits").asInt(),
                summary.path("storiesWithoutCommits").asInt(), summary.path("storiesRevertedOnly").asInt()))
                .containsExactly(300, 240, 48, 12);
        assertThat(List.of(summary.path("commitsTotal").asInt(), summary.path("linkedCommits").asInt(),
                summary.path("orphanCommits").asInt(), summary.path("outOfScopeCommits").asInt(),
                summary.path("exemptCommits").asInt()))
                .containsExactly(3000, 2316, 554, 130, 0);

        JsonNode report = JSON.readTree(dist.resolve("audit.json").toFile());
        assertThat(report.path("schema").asText()).isEqualTo("release-audit/v1");
        assertThat(report.path("stories").size()).isEqualTo(summary.path("storiesTotal").asInt());
        assertThat(report.path("commits").size()).isEqualTo(summary.path("commitsTotal").asInt());
    }

    @Test
    void shouldExitWithThreeWhenTheGateFails() throws IOException {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--max-stories-without-commits", "0");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("FAIL");
        JsonNode summary = JSON.readTree(dist.resolve("audit-summary.json").toFile());
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("FAIL");
        assertThat(summary.path("gate").path("reasons").get(0).asText()).contains("stories without commits");
    }

    @Test
    void shouldSuggestTheCommandForAMisspeltOne() {
        RcRun help = RcRun.of("help", "adit");
        RcRun command = RcRun.of("adit");

        assertThat(help.exitCode()).isEqualTo(2);
        assertThat(help.err().lines()).singleElement().asString()
                .isEqualTo("rc: Unknown subcommand 'adit'. (did you mean 'audit'?)");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("'adit'").contains("audit");
        assertThat(RcRun.of("help", "zzzzzz").err().lines()).singleElement().asString()
                .isEqualTo("rc: Unknown subcommand 'zzzzzz'. (known commands: audit, serve, config, health, help)");
    }

    @Test
    void shouldRejectAnUnknownFlagWithOneLine() {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--jsno", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("rc audit: Unknown option").contains("'--jsno'").contains("did you mean --json");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldNameTheMissingCacheDirectory() {
        Path missing = dir.resolve("no-such-cache");

        RcRun run = audit("--cache-dir", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("rc audit: error: ").contains(missing.toString());
        assertThat(run.err()).doesNotContain("\tat ", "Exception");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldNameAnEmptyCacheDirectory() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        RcRun run = audit("--cache-dir", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains(empty.toString());
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldKeepGoodOutputsWhenAPageIsTruncated() throws IOException {
        assertThat(audit("--cache-dir", SAMPLE.toString()).exitCode()).isZero();
        byte[] goodReport = Files.readAllBytes(dist.resolve("audit.json"));
        byte[] goodWorkbook = Files.readAllBytes(dist.resolve("audit.xlsx"));
        Path broken = SampleCache.copyTo(dir.resolve("cache"));
        Path page = firstCommitPage(broken);
        byte[] bytes = Files.readAllBytes(page);
        Files.write(page, Arrays.copyOf(bytes, bytes.length / 2));

        RcRun run = audit("--cache-dir", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString().contains(page.getFileName().toString());
        assertThat(dist.resolve("audit.json")).hasBinaryContent(goodReport);
        assertThat(dist.resolve("audit.xlsx")).hasBinaryContent(goodWorkbook);
        try (Stream<Path> files = Files.list(dist)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("audit.json", "audit.xlsx", "audit-summary.json", "audit-summary.md");
        }
    }

    @Test
    void shouldNameThePolicyFileAndTheMistypedKey() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yml"), "thresholds:\n  orphanCommit: {fail: 3}\n");

        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("policy.yml").contains("orphanCommit").contains("orphanCommits");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldPrintThePlanAndWriteNothingOnDryRun() {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("2026.03.1").contains(dist.resolve("audit.json").toString())
                .contains("release-copilot-cache/v1");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldKeepStdoutForTheSummaryAndLogJsonLinesToStderr() throws IOException {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--log-format", "json");

        assertThat(run.exitCode()).isZero();
        List<String> logLines = run.err().lines().toList();
        assertThat(logLines).isNotEmpty();
        for (String line : logLines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.path("level").asText()).isIn("INFO", "WARN");
            assertThat(entry.path("message").asText()).isNotEmpty();
        }
        assertThat(run.out()).doesNotContain("\"level\"");
    }

    @Test
    void shouldPrintNothingOnStdoutWhenQuiet() {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--quiet", "--log-level", "warn");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(dist.resolve("audit.json")).exists();
    }

    @Test
    void shouldRejectAnUnknownLogLevel() {
        RcRun run = audit("--cache-dir", SAMPLE.toString(), "--log-level", "verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("verbose").contains("ERROR, WARN, INFO, DEBUG", "case-insensitive");
    }

    private RcRun audit(String... args) {
        List<String> all = new ArrayList<>(List.of("audit", "--offline",
                "--json", dist.resolve("audit.json").toString(),
                "--xlsx", dist.resolve("audit.xlsx").toString(),
                "--summary", dist.resolve("audit-summary.json").toString(),
                "--markdown", dist.resolve("audit-summary.md").toString()));
        all.addAll(List.of(args));
        return RcRun.of(all.toArray(String[]::new));
    }

    private static Path firstCommitPage(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache.resolve("bitbucket"))) {
            return files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().findFirst()
                    .orElseThrow();
        }
    }
}
