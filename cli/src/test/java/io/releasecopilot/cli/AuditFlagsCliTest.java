package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.SampleCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 6 and 7 and the minor flag fixes: the same checks online, offline and in a dry run; flags that
 * contradict each other or cannot apply are usage errors.
 */
class AuditFlagsCliTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldAuditOnlyTheSelectedRepositoryAndBranchOffline() throws IOException {
        RcRun run = audit("--offline", "--repo", "portal", "--branch", "main");

        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        JsonNode report = JSON.readTree(dir.resolve("audit.json").toFile());
        assertThat(report.path("commits").size()).isBetween(1, 2999);
        for (JsonNode commit : report.path("commits")) {
            assertThat(commit.path("repo").asText()).isEqualTo("portal");
        }
        assertThat(report.path("repositories")).singleElement()
                .satisfies(repository -> assertThat(repository.path("refs").toString()).isEqualTo("[\"main\"]"));
    }

    @Test
    void shouldShowTheSelectionInTheDryRunPlan() {
        RcRun run = audit("--offline", "--repo", "portal", "--branch", "main", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("selected   --repo portal --branch main");
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldNameARepositoryTheCacheDoesNotHold() {
        RcRun run = audit("--offline", "--repo", "portl");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("rc audit: error: --repo portl: the cache"
                + " holds no such repository (it holds ").contains("portal");
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldRefuseABadDateTheSameWayOnlineAndOffline() {
        RcRun offline = audit("--offline", "--since", "2026-13-45");
        RcRun online = audit("--since", "2026-13-45");

        assertThat(offline.exitCode()).isEqualTo(2);
        assertThat(offline.errorLines()).singleElement().asString()
                .isEqualTo("rc audit: error: --since \"2026-13-45\" is not a date (YYYY-MM-DD)");
        assertThat(online.exitCode()).isEqualTo(2);
        assertThat(online.errorLines()).isEqualTo(offline.errorLines());
    }

    @Test
    void shouldRefuseABadConcurrencyTheSameWayOnlineAndOffline() {
        RcRun offline = audit("--offline", "--concurrency", "-3");
        RcRun online = audit("--concurrency", "-3");

        assertThat(offline.exitCode()).isEqualTo(2);
        assertThat(offline.errorLines()).singleElement().asString()
                .isEqualTo("rc audit: error: --concurrency must be between 1 and 16, not -3");
        assertThat(online.exitCode()).isEqualTo(2);
        assertThat(online.errorLines()).isEqualTo(offline.errorLines());
    }

    @Test
    void shouldRefuseAConnectionFlagOffline() {
        RcRun run = audit("--offline", "--jira-url", "https://acme.atlassian.net");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("rc audit: error: --jira-url cannot be used with --offline");
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldRefuseAWrongFixVersionInADryRunAsTheRealRunDoes() {
        RcRun real = audit("--offline", "--fix-version", "2099.1");
        RcRun dry = audit("--offline", "--fix-version", "2099.1", "--dry-run");

        assertThat(real.exitCode()).isEqualTo(2);
        assertThat(dry.exitCode()).isEqualTo(2);
        assertThat(dry.errorLines()).isEqualTo(real.errorLines()).singleElement().asString()
                .contains("holds fix version '2026.03.1', not '2099.1'");
        assertThat(dry.out()).isEmpty();
    }

    @Test
    void shouldRefuseTheSameOutputTwiceInADryRun() {
        RcRun dry = audit("--offline", "--dry-run", "--markdown", dir.resolve("audit.json").toString());

        assertThat(dry.exitCode()).isEqualTo(2);
        assertThat(dry.errorLines()).singleElement().asString().endsWith("each output needs its own file");
    }

    @Test
    void shouldFailADryRunOnATruncatedCacheAsTheRealRunDoes() throws IOException {
        Path cache = SampleCache.copyTo(dir.resolve("cache"));
        Path page;
        try (Stream<Path> files = Files.walk(cache.resolve("bitbucket"))) {
            page = files.filter(path -> path.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(page);
        Files.write(page, Arrays.copyOf(bytes, bytes.length / 2));

        RcRun real = RcRun.of(args(cache, "--offline"));
        RcRun dry = RcRun.of(args(cache, "--offline", "--dry-run"));

        assertThat(real.exitCode()).isEqualTo(1);
        assertThat(dry.exitCode()).isEqualTo(1);
        assertThat(dry.errorLines()).isEqualTo(real.errorLines()).singleElement().asString()
                .contains(page.getFileName().toString());
    }

    @Test
    void shouldPrintNoPlanWhenQuiet() {
        RcRun run = audit("--offline", "--dry-run", "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldRefuseNoXlsxWithAnXlsxFile() {
        RcRun run = audit("--offline", "--no-xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("rc audit: error: --no-xlsx and --xlsx "
                + dir.resolve("audit.xlsx") + " contradict each other: give one of them");
    }

    @Test
    void shouldRefuseAKmsKeyWithoutAnUpload() {
        RcRun run = audit("--offline", "--kms-key-id", "alias/rc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("rc audit: error: --kms-key-id needs"
                + " --upload");
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldPrintTheFinalErrorAsJsonWithJsonLogs() throws IOException {
        RcRun run = audit("--offline", "--log-format", "json", "--fix-version", "2099.1");

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JSON.readTree(line);
        }
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(last.path("level").asText()).isEqualTo("ERROR");
        assertThat(last.path("message").asText()).startsWith("rc audit: error: ").contains("2099.1");
    }

    @Test
    void shouldPrintAnUnknownFlagAsJsonWithJsonLogs() throws IOException {
        RcRun run = audit("--offline", "--log-format", "json", "--jsno", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode line = JSON.readTree(run.err().lines().reduce((first, second) -> second).orElseThrow());
        assertThat(line.path("level").asText()).isEqualTo("ERROR");
        assertThat(line.path("message").asText()).startsWith("rc audit: Unknown option").contains("'--jsno'");
    }

    @Test
    void shouldRefuseTwoKindsOfJiraCredentialsBeforeAnyRequest() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = Map.of("JIRA_EMAIL", "ann@example.com", "JIRA_API_TOKEN", "api-token-1",
                "JIRA_TOKEN", "pat-2");

        int code = Rc.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment,
                args(dir.resolve("cache"), "--jira-url", "http://127.0.0.1:9", "--fix-version", "2026.03.1"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().filter(line -> line.startsWith("rc "))).singleElement().asString()
                .isEqualTo("rc audit: error: Jira Cloud: both a Data Center personal access token (JIRA_TOKEN) and"
                        + " an API token (JIRA_API_TOKEN) are set; unset one of them");
        assertThat(err.toString()).doesNotContain("api-token-1", "pat-2");
    }

    @Test
    void shouldNotLetABrokenDotEnvInTheWorkingDirectoryStopAnOfflineRun() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve(".env"), "this line is not NAME=VALUE\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Rc.class.getName()));
        command.addAll(List.of(args(SAMPLE, "--offline", "--quiet")));

        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("ignoring .env: .env:1: expected NAME=VALUE");
        assertThat(dir.resolve("audit.json")).isNotEmptyFile();
    }

    private RcRun audit(String... more) {
        return RcRun.of(args(SAMPLE, more));
    }

    private String[] args(Path cache, String... more) {
        List<String> all = new ArrayList<>(List.of("audit", "--cache-dir", cache.toString(),
                "--json", dir.resolve("audit.json").toString(), "--xlsx", dir.resolve("audit.xlsx").toString(),
                "--summary", dir.resolve("audit-summary.json").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
