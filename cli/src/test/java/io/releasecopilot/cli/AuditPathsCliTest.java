package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, items 2 and 3: no output destroys an input, the cache, another output or a device. */
class AuditPathsCliTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path dist;

    @BeforeEach
    void setUp() {
        dist = dir.resolve("dist");
    }

    @Test
    void shouldRefuseAMarkdownSummaryThatIsThePolicy() throws IOException {
        Path policy = Files.writeString(dir.resolve("policy.yml"), "thresholds:\n  orphanCommits: {fail: 900}\n");

        RcRun run = audit("--policy", policy.toString(), "--markdown", policy.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("rc audit: error: --markdown " + policy + " and --policy " + policy
                        + " are the same file: an output must not overwrite an input");
        assertThat(policy).hasContent("thresholds:\n  orphanCommits: {fail: 900}\n");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldRefuseASummaryThatIsTheOverridesThroughALink() throws IOException {
        Path overrides = Files.writeString(dir.resolve("overrides.csv"), "commit,story\n");
        Path link = Files.createSymbolicLink(dir.resolve("summary.json"), overrides);

        RcRun run = audit("--overrides", overrides.toString(), "--summary", link.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("--summary " + link).contains("--overrides " + overrides);
        assertThat(overrides).hasContent("commit,story\n");
    }

    @Test
    void shouldRefuseAReportWrittenIntoTheCache() throws IOException {
        Path manifest = SAMPLE.resolve("manifest.json");
        byte[] before = Files.readAllBytes(manifest);

        RcRun run = audit("--json", manifest.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .isEqualTo("rc audit: error: --json " + manifest + " is inside the cache (--cache-dir " + SAMPLE
                        + "): write the reports outside the cache");
        assertThat(manifest).hasBinaryContent(before);
    }

    @Test
    void shouldRefuseAReportThatIsTheComparedReport() throws IOException {
        assertThat(audit().exitCode()).isZero();
        Path previous = dist.resolve("audit.json");
        byte[] before = Files.readAllBytes(previous);

        RcRun run = audit("--html", dir.resolve("html").toString(), "--compare", previous.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("--json " + previous + " and --compare " + previous + " are the same file");
        assertThat(previous).hasBinaryContent(before);
    }

    @Test
    void shouldRefuseTheConfigFileAsAnOutput() throws IOException {
        Path config = Files.writeString(dir.resolve("rc.yml"), "FIX_VERSION: 2026.03.1\n");

        RcRun run = audit("--config", config.toString(), "--summary", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("--summary " + config + " and --config " + config);
        assertThat(config).hasContent("FIX_VERSION: 2026.03.1\n");
    }

    @Test
    void shouldRefuseTheSameOutputTwice() {
        RcRun run = audit("--summary", dist.resolve("audit.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("--json").contains("--summary").endsWith("each output needs its own file");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldExplainAnOutputInsideTheHtmlFolder() {
        Path html = dist.resolve("html");

        RcRun run = audit("--html", html.toString(), "--markdown", html.resolve("summary.md").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("rc audit: error: --markdown "
                + html.resolve("summary.md") + " is inside the --html folder " + html
                + ", which is replaced as a whole: write it elsewhere");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldRefuseAnEmptyPathBeforeReading() {
        RcRun run = audit("--cache-dir", dir.resolve("no-cache").toString(), "--json", "");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().isEqualTo("rc audit: error: --json must not be empty");
    }

    @Test
    void shouldRefuseAFolderAsAnOutputFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));

        RcRun run = audit("--json", folder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .isEqualTo("rc audit: error: --json " + folder + " is a folder; give the name of a file to write");
    }

    @Test
    void shouldWriteIntoACharacterDeviceWithoutReplacingIt() throws Exception {
        Path device = dir.resolve("null");
        Assumptions.assumeTrue(mknod(device), "creating a character device (mknod) needs root; CI runs as root");

        RcRun run = audit("--json", device.toString(), "--xlsx", device.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(device).exists();
        assertThat(Files.isRegularFile(device)).as("still a device").isFalse();
        assertThat(dist.resolve("audit-summary.json")).isNotEmptyFile();
    }

    @Test
    void shouldDeleteWhatAKilledRunLeftBesideTheOutputs() throws IOException {
        Path stale = Files.writeString(Files.createDirectories(dist).resolve(".audit.json.5e1f00c2a9b3d471.tmp"),
                "{\"schema\":\"release-aud");

        RcRun run = audit();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(dist.resolve("audit.json")).isNotEmptyFile();
    }

    /** Runs an offline audit of the sample into {@code dist/}; each pair of {@code args} adds or replaces a flag. */
    private RcRun audit(String... args) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("--cache-dir", SAMPLE.toString());
        flags.put("--json", dist.resolve("audit.json").toString());
        flags.put("--xlsx", dist.resolve("audit.xlsx").toString());
        flags.put("--summary", dist.resolve("audit-summary.json").toString());
        for (int i = 0; i < args.length; i += 2) {
            flags.put(args[i], args[i + 1]);
        }
        List<String> all = new ArrayList<>(List.of("audit", "--offline"));
        flags.forEach((flag, value) -> {
            all.add(flag);
            all.add(value);
        });
        return RcRun.of(all.toArray(String[]::new));
    }

    private static boolean mknod(Path device) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
