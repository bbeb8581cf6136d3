package io.releasecopilot.cli;

import static io.releasecopilot.cli.ServedReports.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.report.store.DirectoryReportStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rc serve} over HTTP with files that should be reports but are not readable: the list marks each with its
 * problem, and opening one shows an error page naming the file, never part of the report.
 */
class ServeBrokenReportsTest {

    private static final String TRUNCATED = "2026.03.1/cut/audit.json";
    private static final String EMPTY = "2026.03.1/empty/audit.json";
    private static final String WRONG_TYPE = "2026.03.1/typed/audit.json";
    private static final String ARRAY = "array.json";
    private static final String LINK = "2026.03.1/link/audit.json";

    @TempDir
    Path dir;

    private Path reports;
    private ReportServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        reports = dir.resolve("reports");
        ServedReports.write(reports);
        String good = Files.readString(reports.resolve(ServedReports.RUN_A));
        put(TRUNCATED, good.substring(0, good.length() / 2));
        put(EMPTY, "");
        put(WRONG_TYPE, good.replaceFirst("\"storiesTotal\":\\d+", "\"storiesTotal\":\"many\""));
        put(ARRAY, "[1, 2]");
        Files.createDirectories(reports.resolve(LINK).getParent());
        Files.createSymbolicLink(reports.resolve(LINK), reports.resolve(ServedReports.RUN_A));
        Files.delete(reports.resolve("notes.json"));
        server = new ReportServer(new DirectoryReportStore(reports), InetAddress.getLoopbackAddress(), 0);
        server.start();
        base = server.url();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldMarkEachUnreadableFileInTheListWithItsProblem() throws Exception {
        String html = get(base).body();

        assertThat(html).contains("3 runs of 2 fix versions", "5 files are not a readable report")
                .contains(">" + TRUNCATED + "</a> is not a release-audit/v1 report: invalid JSON at line 1")
                .contains(">" + EMPTY + "</a> is empty")
                .contains(">" + WRONG_TYPE + "</a> is not a release-audit/v1 report: its counts.storiesTotal is "
                        + "&quot;many&quot;, not a whole number")
                .contains(">" + ARRAY + "</a> is not a release-audit/v1 report: it is not a JSON object")
                .contains(">" + LINK + "</a>: it is a symbolic link, which is not followed")
                .doesNotContain("audit-summary.json")
                .doesNotContain("<tr data-run=\"" + RunIndex.id(TRUNCATED) + "\"");
    }

    @Test
    void shouldShowAnErrorPageInsteadOfAPartialReport() throws Exception {
        for (String key : new String[] {TRUNCATED, EMPTY, WRONG_TYPE, ARRAY, LINK}) {
            HttpResponse<String> page = get(base + "report/" + RunIndex.id(key));
            HttpResponse<String> raw = get(base + "report/" + RunIndex.id(key) + ".json");

            assertThat(page.statusCode()).as(key).isEqualTo(500);
            assertThat(page.body()).as(key).contains("<h1>500 Cannot show " + key + "</h1>", "<p>" + key)
                    .doesNotContain("audit-data").doesNotContain("<script");
            assertThat(raw.statusCode()).as(key).isEqualTo(500);
            assertThat(raw.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(raw.body()).doesNotContain("\"schema\"");
        }
    }

    @Test
    void shouldRefuseToCompareWithABrokenFile() throws Exception {
        HttpResponse<String> page = get(base + "compare?base=" + RunIndex.id(TRUNCATED) + "&head="
                + RunIndex.id(ServedReports.RUN_B));

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains(TRUNCATED + " is not a release-audit/v1 report: invalid JSON")
                .doesNotContain("audit-data");
    }

    @Test
    void shouldFindAReportCutShortAfterItWasListed() throws Exception {
        assertThat(get(base).body()).contains("<tr data-run=\"" + RunIndex.id(ServedReports.RUN_C) + "\"");
        Path file = reports.resolve(ServedReports.RUN_C);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 40));

        HttpResponse<String> page = get(base + "report/" + RunIndex.id(ServedReports.RUN_C));

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains(ServedReports.RUN_C + " is not a release-audit/v1 report: invalid JSON")
                .doesNotContain("audit-data");
        assertThat(get(base).body()).contains(">" + ServedReports.RUN_C + "</a> is not a release-audit/v1 report");
    }

    private void put(String key, String text) throws IOException {
        Path file = reports.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
