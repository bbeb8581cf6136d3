package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rc audit --html DIR [--compare FILE]}: the HTML folder is one more output of the same transaction. */
class AuditHtmlTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheHtmlReportWithAComparison() throws IOException {
        Path dist = dir.resolve("dist");
        assertThat(audit(dist, "--no-xlsx").exitCode()).isZero();
        Path previous = dir.resolve("previous.json");
        Files.copy(dist.resolve("audit.json"), previous, StandardCopyOption.REPLACE_EXISTING);

        RcRun run = audit(dist, "--no-xlsx", "--html", dist.resolve("html").toString(), "--compare", previous.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + dist.resolve("html"));
        String html = Files.readString(dist.resolve("html").resolve("index.html"));
        assertThat(html).contains("<script type=\"application/json\" id=\"audit-data\">{\"schema\":\"release-audit/v1\"")
                .contains("<script type=\"application/json\" id=\"previous-data\">{\"schema\":\"release-audit/v1\"")
                .contains("<title>Release audit 2026.03.1 \u00b7 WARN</title>");
        assertThat(dist.resolve("html").resolve("report.js")).isNotEmptyFile();
    }

    @Test
    void shouldRefuseABadComparisonBeforeWritingAnything() throws IOException {
        Path dist = dir.resolve("dist");
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, "{\"schema\":\"release-audit-summary/v1\"}");

        RcRun run = audit(dist, "--html", dist.resolve("html").toString(), "--compare", summary.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).containsExactly("rc audit: error: " + summary
                + " is not a release-audit/v1 report: its schema is release-audit-summary/v1");
        assertThat(dist).doesNotExist();
    }

    @Test
    void shouldLeaveEveryOutputAsItWasWhenTheHtmlFolderFails() throws IOException {
        Path dist = dir.resolve("dist");
        assertThat(audit(dist, "--no-xlsx", "--html", dist.resolve("html").toString(), "--scope", "run=1").exitCode())
                .isZero();
        String json = Files.readString(dist.resolve("audit.json"));
        String html = Files.readString(dist.resolve("html").resolve("index.html"));
        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, json.substring(0, json.indexOf("\"stories\"") + 100));

        RcRun run = audit(dist, "--no-xlsx", "--html", dist.resolve("html").toString(), "--scope", "run=2",
                "--compare", truncated.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains(truncated + " is not a release-audit/v1 report");
        assertThat(dist.resolve("audit.json")).hasContent(json);
        assertThat(dist.resolve("html").resolve("index.html")).hasContent(html);
        try (var files = Files.list(dist)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("audit.json", "audit-summary.json", "html");
        }
    }

    @Test
    void shouldNeedHtmlForAComparison() {
        RcRun run = audit(dir.resolve("dist"), "--compare", "previous.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("--compare previous.json needs --html");
    }

    @Test
    void shouldNotReplaceAFolderHoldingOtherOutputs() {
        Path dist = dir.resolve("dist");
        assertThat(audit(dist, "--no-xlsx").exitCode()).isZero();

        RcRun run = audit(dist, "--no-xlsx", "--html", dist.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("--json " + dist.resolve("audit.json") + " is inside the --html folder " + dist);
        assertThat(dist.resolve("audit.json")).isNotEmptyFile();
    }

    private RcRun audit(Path dist, String... more) {
        List<String> all = new ArrayList<>(List.of("audit", "--offline", "--cache-dir", SAMPLE.toString(),
                "--json", dist.resolve("audit.json").toString(),
                "--summary", dist.resolve("audit-summary.json").toString()));
        if (!List.of(more).contains("--no-xlsx")) {
            all.addAll(List.of("--xlsx", dist.resolve("audit.xlsx").toString()));
        }
        all.addAll(List.of(more));
        return RcRun.of(all.toArray(String[]::new));
    }
}
