package io.releasecopilot.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.ReportJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISLAND =
            Pattern.compile("<script type=\"application/json\" id=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    Path dir;

    private final AuditReport report = new GeneratedReport().build();

    @Test
    void shouldWriteThePageItsAssetsAndTheReportIsland() throws IOException {
        Path out = dir.resolve("html");

        HtmlReportWriter.write(report, out, null);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(HtmlReportWriter.fileNames());
        }
        String html = Files.readString(out.resolve("index.html"));
        String markup = ISLAND.matcher(html).replaceAll("");
        assertThat(markup).startsWith("<!DOCTYPE html>")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlPage.CSP + "\">")
                .contains("<link rel=\"stylesheet\" href=\"report.css\">")
                .contains("<script src=\"report.js\" defer></script>")
                .doesNotContain("previous-data")
                .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=").doesNotContainPattern("<[^>]*\\sstyle\\s*=");
        Map<String, String> islands = islands(html);
        assertThat(islands).containsOnlyKeys("audit-data");
        assertThat(JSON.readTree(islands.get("audit-data"))).isEqualTo(JSON.readTree(reportJson(report)));
        for (String asset : ReportAssets.ALL) {
            assertThat(out.resolve(asset)).isNotEmptyFile();
        }
    }

    @Test
    void shouldKeepHostileTextOutOfTheMarkup() throws IOException {
        Path out = dir.resolve("html");

        HtmlReportWriter.write(report, out, null);

        String html = Files.readString(out.resolve("index.html"));
        assertThat(html.contains(GeneratedReport.SCRIPT) || html.contains(GeneratedReport.IMG) || html.contains("<img"))
                .as("raw hostile text in the page").isFalse();
        assertThat(ISLAND.matcher(html).replaceAll("")).contains("reason with &lt;img src=x onerror=alert(1)&gt;");
        assertThat(count(html, "<script")).isEqualTo(ReportAssets.SCRIPTS.size() + 1);
        assertThat(count(html, "</script>")).isEqualTo(ReportAssets.SCRIPTS.size() + 1);
        String island = islands(html).get("audit-data");
        assertThat(island.contains("\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E")).isTrue();
        assertThat(island.chars().filter(c -> c == '<' || c == '>' || c == '&').count()).isZero();
    }

    @Test
    void shouldReEscapeThePreviousReport() throws IOException {
        Path previous = dir.resolve("previous.json");
        JsonNode tree = JSON.readTree(reportJson(new GeneratedReport().firstStory(3).build()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("fixVersion", "</script><script>alert(2)</script>\u2028");
        Files.writeString(previous, JSON.writeValueAsString(tree));
        assertThat(Files.readString(previous)).contains("</script><script>alert(2)</script>");
        Path out = dir.resolve("html");

        HtmlReportWriter.write(report, out, previous);

        String html = Files.readString(out.resolve("index.html"));
        assertThat(html.contains("alert(2)</script>")).as("unescaped previous report in the page").isFalse();
        Map<String, String> islands = islands(html);
        assertThat(islands).containsOnlyKeys("audit-data", "previous-data");
        assertThat(islands.get("previous-data").contains("\\u2028")).isTrue();
        assertThat(islands.get("previous-data").contains("\u2028")).isFalse();
        assertThat(JSON.readTree(islands.get("previous-data"))).isEqualTo(tree);
    }

    @Test
    void shouldRefuseAPreviousFileThatIsNotAReport() throws IOException {
        Path summary = dir.resolve("audit-summary.json");
        Files.writeString(summary, "{\"schema\":\"release-audit-summary/v1\",\"fixVersion\":\"1\"}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": ");
        Path out = dir.resolve("html");

        assertThatThrownBy(() -> HtmlReportWriter.write(report, out, summary)).isInstanceOf(UsageException.class)
                .hasMessageContaining(summary.toString()).hasMessageContaining("release-audit-summary/v1");
        assertThatThrownBy(() -> HtmlReportWriter.write(report, out, broken)).isInstanceOf(UsageException.class)
                .hasMessageContaining(broken.toString()).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> HtmlReportWriter.write(report, out, dir.resolve("missing.json")))
                .isInstanceOf(UsageException.class).hasMessageContaining("missing.json: no such file");
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("."));
    }

    @Test
    void shouldLeaveTheExistingFolderIntactWhenTheWriteFails() throws IOException {
        Path out = dir.resolve("html");
        HtmlReportWriter.write(report, out, null);
        String before = Files.readString(out.resolve("index.html"));
        Path truncated = dir.resolve("truncated.json");
        String json = reportJson(report);
        Files.writeString(truncated, json.substring(0, json.indexOf("\"stories\"") + 40));

        assertThatThrownBy(() -> HtmlReportWriter.write(new GeneratedReport().fixVersion("2.0").build(), out, truncated))
                .isInstanceOf(UsageException.class).hasMessageContaining(truncated.toString());

        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(before);
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("."));
    }

    @Test
    void shouldReplaceAnEarlierReportFolder() throws IOException {
        Path out = dir.resolve("html");
        HtmlReportWriter.write(report, out, null);

        HtmlReportWriter.write(new GeneratedReport().fixVersion("2.0.0").build(), out, null);

        assertThat(out.resolve("index.html")).content().contains("<title>Release audit 2.0.0");
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("."));
    }

    @Test
    void shouldDeleteTheFoldersAKilledWriterLeftBehind() throws IOException {
        Path out = dir.resolve("html");
        HtmlReportWriter.write(report, out, null);
        Path staging = Files.createDirectories(dir.resolve(".html.1a2b3c4d5e6f7081.tmp"));
        Files.writeString(staging.resolve("index.html"), "half a page");
        Path aside = Files.createDirectories(dir.resolve(".html.99aa.old").resolve("previous"));
        Path otherOutput = Files.createDirectories(dir.resolve(".html2.1a2b.tmp"));

        HtmlReportWriter.write(report, out, null);

        assertThat(staging).doesNotExist();
        assertThat(aside.getParent()).doesNotExist();
        assertThat(otherOutput).exists();
    }

    @Test
    void shouldNotReplaceAFolderHoldingOtherFiles() throws IOException {
        Path dist = dir.resolve("dist");
        Files.createDirectories(dist);
        Files.writeString(dist.resolve("audit.json"), "{}");
        Path file = dir.resolve("file.html");
        Files.writeString(file, "x");

        assertThatThrownBy(() -> HtmlReportWriter.write(report, dist, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("will not replace " + dist).hasMessageContaining("audit.json");
        assertThatThrownBy(() -> HtmlReportWriter.write(report, file, null)).isInstanceOf(UsageException.class)
                .hasMessageContaining("it is a file");

        assertThat(dist.resolve("audit.json")).hasContent("{}");
        assertThat(file).hasContent("x");
    }

    @Test
    void shouldReadTheHeadWithoutTheStoriesAndCommits() {
        String json = reportJson(report);
        String head = json.substring(0, json.indexOf("\"stories\"")) + "\"stories\": [ this is never read";

        ReportHeader header = ReportHeader.read(new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                "head.json");

        assertThat(header.fixVersion()).isEqualTo("1.4.0");
        assertThat(header.generatedAt()).isEqualTo(report.generatedAt());
        assertThat(header.counts()).isEqualTo(report.result().counts());
        assertThat(header.gate()).isEqualTo(report.gate());
        assertThat(header.scope()).containsEntry("note", GeneratedReport.SCRIPT);
    }

    @Test
    void shouldFormatCoverageWithoutRoundingToTheEnds() {
        assertThat(HtmlPage.percent(new io.releasecopilot.correlate.AuditCounts(10_000, 9_999, 1, 0, 0, 0, 0, 0, 0)))
                .isEqualTo("99.9 %");
        assertThat(HtmlPage.percent(new io.releasecopilot.correlate.AuditCounts(10_000, 1, 9_999, 0, 0, 0, 0, 0, 0)))
                .isEqualTo("0.1 %");
        assertThat(HtmlPage.percent(report.result().counts())).matches("\\d+\\.\\d %");
    }

    static String reportJson(AuditReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReportJsonWriter.write(report, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> islands(String html) {
        Map<String, String> islands = new java.util.LinkedHashMap<>();
        Matcher matcher = ISLAND.matcher(html);
        while (matcher.find()) {
            islands.put(matcher.group(1), matcher.group(2));
        }
        return islands;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
