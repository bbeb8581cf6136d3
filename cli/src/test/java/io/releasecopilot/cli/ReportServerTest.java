package io.releasecopilot.cli;

import static io.releasecopilot.cli.ServedReports.get;
import static io.releasecopilot.cli.ServedReports.island;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasecopilot.report.store.DirectoryReportStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages of {@code rc serve}: index, report, raw JSON, comparison, assets; and what it refuses. */
class ReportServerTest {

    @TempDir
    static Path dir;

    private static ReportServer server;
    private static String base;
    private static Path reports;

    @BeforeAll
    static void start() throws IOException {
        reports = dir.resolve("reports");
        ServedReports.write(reports);
        server = new ReportServer(new DirectoryReportStore(reports), InetAddress.getLoopbackAddress(), 0);
        server.start();
        base = server.url();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void shouldListTheRunsByFixVersionNewestFirst() throws Exception {
        HttpResponse<String> index = get(base);

        assertThat(index.statusCode()).isEqualTo(200);
        assertSecurityHeaders(index);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        String html = index.body();
        assertThat(html).contains("3 runs of 2 fix versions in " + reports.toAbsolutePath())
                .doesNotContain("audit-summary.json").doesNotContain(".staging")
                .contains("1 file is not a readable report", ">notes.json</a> is not a release-audit/v1 report: invalid JSON")
                .doesNotContain("<script");
        assertThat(html.indexOf("Fix version <span class=\"rc-key\">2026.04.0")).isPositive()
                .isLessThan(html.indexOf("Fix version <span class=\"rc-key\">2026.03.1"));
        assertThat(html.indexOf(row(ServedReports.RUN_B))).isPositive().isLessThan(html.indexOf(row(ServedReports.RUN_A)));
        assertThat(html).contains(">2026-03-12 07:00</a>", ">FAIL</span>", ">80.0 %</td>")
                .contains("href=\"/compare?base=" + id(ServedReports.RUN_A) + "&amp;head=" + id(ServedReports.RUN_B)
                        + "#compare\"");
    }

    @Test
    void shouldShowAStoredReport() throws Exception {
        HttpResponse<String> page = get(base + "report/" + id(ServedReports.RUN_B));

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.body()).contains("<title>Release audit 2026.03.1 \u00b7 FAIL</title>")
                .contains("<script src=\"/static/report.js\" defer></script>")
                .doesNotContain("id=\"previous-data\"");
        JsonNode stored = ServedReports.JSON.readTree(reports.resolve(ServedReports.RUN_B).toFile());
        assertThat(island(page.body(), "audit-data")).isEqualTo(stored);

        HttpResponse<String> raw = get(base + "report/" + id(ServedReports.RUN_B) + ".json");
        assertThat(raw.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(ServedReports.JSON.readTree(raw.body())).isEqualTo(stored);
    }

    @Test
    void shouldCompareTwoRuns() throws Exception {
        HttpResponse<String> page = get(base + "compare?base=" + id(ServedReports.RUN_A) + "&head=" + id(ServedReports.RUN_B));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(island(page.body(), "audit-data").path("gate").path("status").asText()).isEqualTo("FAIL");
        assertThat(island(page.body(), "previous-data").path("gate").path("status").asText()).isEqualTo("WARN");
    }

    @Test
    void shouldServeTheAssets() throws Exception {
        HttpResponse<String> script = get(base + "static/report.js");
        HttpResponse<String> css = get(base + "static/report.css");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("ReleaseCopilot");
        assertSecurityHeaders(script);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report/0123456789abcdef", "report/../../../etc/passwd", "static/../../pom.xml",
        "static/..%2F..%2Fpom.xml", "static/%2e%2e/report.js", "report/xxxxxxxxxxxxxxxx", "index.html",
        "reports/2026.03.1/run-a/audit.json", "2026.03.1/run-a/audit.json", "static/", "report/"})
    void shouldAnswerNotFoundForAnythingTheIndexDoesNotKnow(String path) throws Exception {
        HttpResponse<String> response = get(base + path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertSecurityHeaders(response);
        assertThat(response.body()).doesNotContain("release-audit/v1");
    }

    @Test
    void shouldAnswerNotFoundForAPathBelowAKnownReport() throws Exception {
        assertThat(get(base + "report/" + id(ServedReports.RUN_A) + "/../x").statusCode()).isEqualTo(404);
        assertThat(get(base + "compare?base=nope&head=" + id(ServedReports.RUN_A)).statusCode()).isEqualTo(400);
        assertThat(get(base + "compare?base=0123456789abcdef&head=" + id(ServedReports.RUN_A)).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void shouldAnswerOnlyGet(String method) throws Exception {
        HttpResponse<String> response = ServedReports.send(method, base + "report/" + id(ServedReports.RUN_A));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertSecurityHeaders(response);
    }

    @Test
    void shouldRefuseRequestsForOtherHostNames() throws IOException {
        int port = server.address().getPort();

        assertThat(ServedReports.rawStatusLine(port, "GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"))
                .isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(ServedReports.rawStatusLine(port, "GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                .isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void shouldListAReportWrittenAfterTheStart() throws Exception {
        Path later = reports.resolve("2026.05.0/run-d/audit.json");
        Files.createDirectories(later.getParent());
        Files.writeString(later, Files.readString(reports.resolve(ServedReports.RUN_C)).replace("2026.04.0", "2026.05.0"));
        try {
            assertThat(get(base + "report/" + id("2026.05.0/run-d/audit.json")).statusCode()).isEqualTo(200);
        } finally {
            Files.delete(later);
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(ReportServer.CSP);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static String id(String key) {
        return RunIndex.id(key);
    }

    private static String row(String key) {
        return "<tr data-run=\"" + id(key) + "\">";
    }
}
