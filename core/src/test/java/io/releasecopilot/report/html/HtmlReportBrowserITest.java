package io.releasecopilot.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.report.AuditReport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The report page in headless Chromium, opened from file:// under its Content-Security-Policy. */
@ExtendWith(SharedChromium.class)
class HtmlReportBrowserITest {

    /** The policy Jenkins 2.539+ enforces on its pages (docs/jenkins.md, "The build page, the trend and CSP"). */
    private static final String JENKINS_CSP = "default-src 'self'; script-src 'report-sample' 'self'; style-src"
            + " 'report-sample' 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'self'";

    @TempDir
    static Path dir;

    private static ChromeDriver driver;
    private static ReportPage page;
    private static Path index;
    private static AuditReport report;

    @BeforeAll
    static void start(SharedChromium.Browser browser) {
        report = new GeneratedReport().build();
        HtmlReportWriter.write(report, dir.resolve("report"), null);
        index = dir.resolve("report").resolve(HtmlReportWriter.INDEX);
        driver = browser.driver();
        page = new ReportPage(driver, browser.downloads());
    }

    @Test
    void shouldLoadWithoutConsoleErrors() {
        List<String> errors = Chromium.open(driver, index);

        assertThat(errors).isEmpty();
        assertThat(driver.findElements(By.id("rc-static"))).as("static summary replaced by the app").isEmpty();
        assertThat(driver.getTitle()).isEqualTo("Release audit 1.4.0 \u00b7 WARN");
        Chromium.screenshot(driver, "report-overview");
    }

    @Test
    void shouldShowTheKeyFiguresAndTheGate() {
        Chromium.open(driver, index);
        AuditCounts counts = report.result().counts();

        assertThat(kpi("storiesTotal")).isEqualTo(counts.storiesTotal());
        assertThat(kpi("storiesWithCommits")).isEqualTo(counts.storiesWithCommits());
        assertThat(kpi("storiesWithoutCommits")).isEqualTo(counts.storiesWithoutCommits());
        assertThat(kpi("storiesRevertedOnly")).isEqualTo(counts.storiesRevertedOnly());
        assertThat(kpi("commitsTotal")).isEqualTo(counts.commitsTotal());
        assertThat(kpi("linkedCommits")).isEqualTo(counts.linkedCommits());
        assertThat(kpi("orphanCommits")).isEqualTo(counts.orphanCommits());
        assertThat(kpi("outOfScopeCommits")).isEqualTo(counts.outOfScopeCommits());
        assertThat(kpi("exemptCommits")).isEqualTo(counts.exemptCommits());
        assertThat(driver.findElement(By.cssSelector("[data-kpi=coverage] .rc-kpi-value")).getText())
                .isEqualTo(HtmlPage.percent(counts));
        WebElement gate = driver.findElement(By.cssSelector(".rc-gate"));
        assertThat(gate.getDomAttribute("class")).contains("rc-gate-warn");
        assertThat(gate.findElement(By.className("rc-gate-status")).getText()).isEqualTo("WARN");
        assertThat(gate.findElements(By.cssSelector(".rc-reasons li"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(report.gate().reasons());
        assertThat(page.count("with")).isEqualTo(counts.storiesWithCommits());
        assertThat(page.count("without")).isEqualTo(counts.storiesWithoutCommits() + counts.storiesRevertedOnly());
        assertThat(page.count("orphans")).isEqualTo(counts.orphanCommits());
        assertThat(page.count("out-of-scope")).isEqualTo(counts.outOfScopeCommits());
        assertThat(page.count("commits")).isEqualTo(counts.commitsTotal());
    }

    @Test
    void shouldShowHostileStringsAsTextOnly() {
        Chromium.open(driver, index);

        assertThat(Chromium.dialogOpen(driver)).as("a dialog was opened").isFalse();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.tagName("script"))).hasSize(ReportAssets.SCRIPTS.size() + 1);
        assertThat(cell("with", "APP-1001", 2)).isEqualTo(GeneratedReport.SCRIPT + " checkout");
        assertThat(cell("with", "APP-1002", 5)).isEqualTo(GeneratedReport.IMG);
        assertThat(driver.findElement(By.cssSelector(".rc-chips")).getText()).contains("note = " + GeneratedReport.SCRIPT);
        assertThat(driver.findElement(By.cssSelector(".rc-reasons")).getText()).contains(GeneratedReport.IMG);

        page.tab("orphans");
        page.search("hotfix");
        assertThat(page.awaitCount("orphans", 1)).isEqualTo(1);
        assertThat(page.rows("orphans").get(0).get(4)).isEqualTo("Hotfix " + GeneratedReport.SCRIPT + " " + GeneratedReport.IMG);
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(Chromium.dialogOpen(driver)).isFalse();
        Chromium.screenshot(driver, "report-hostile-strings");
        page.reset();
    }

    @Test
    void shouldLinkToJiraAndBitbucketWithoutReferrer() {
        Chromium.open(driver, index);

        WebElement key = driver.findElement(By.cssSelector("#table-with tr[data-key='APP-1001'] a.rc-key"));
        assertThat(key.getDomAttribute("href")).isEqualTo("https://acme.atlassian.net/browse/APP-1001");
        assertThat(key.getDomAttribute("rel")).isEqualTo("noopener noreferrer");

        page.tab("commits");
        List<WebElement> hashes = driver.findElements(By.cssSelector("#table-commits a.rc-hash"));
        assertThat(hashes).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getDomAttribute("href")).startsWith("https://bitbucket.org/acme/");
            assertThat(link.getDomAttribute("rel")).isEqualTo("noopener noreferrer");
        });
    }

    @Test
    void shouldExpandAStoryToItsCommits() {
        Chromium.open(driver, index);
        StoryResult story = report.result().stories().get(1);

        WebElement toggle = driver.findElement(By.cssSelector("#table-with tr[data-key='APP-1001'] .rc-toggle"));
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();

        WebElement detail = driver.findElement(By.cssSelector("#table-with tr[data-key='APP-1001'] + tr.rc-detail"));
        assertThat(detail.findElements(By.cssSelector(".rc-subtable > tbody > tr"))).hasSize(story.commits().size());
        assertThat(detail.getText()).contains(story.commits().get(0).hash().substring(0, 12));
        assertThat(driver.findElement(By.cssSelector("#table-with tr[data-key='APP-1001'] .rc-toggle"))
                .getDomAttribute("aria-expanded")).isEqualTo("true");
        Chromium.screenshot(driver, "report-expanded-story");
    }

    @Test
    void shouldSortAndPage() {
        Chromium.open(driver, index);
        page.tab("commits");
        List<String> hashes = report.result().commits().stream().map(c -> c.commit().hash()).sorted().toList();

        assertThat(page.countText("commits")).isEqualTo("Showing 1\u2013100 of 600 commits");
        driver.findElement(By.cssSelector("#table-commits th[data-column=hash] button")).click();
        assertThat(page.rows("commits").get(0).get(1)).isEqualTo(hashes.get(0).substring(0, 12));
        assertThat(driver.findElement(By.cssSelector("#table-commits th[data-column=hash]")).getDomAttribute("aria-sort"))
                .isEqualTo("ascending");
        driver.findElement(By.cssSelector("#table-commits th[data-column=hash] button")).click();
        assertThat(page.rows("commits").get(0).get(1)).isEqualTo(hashes.get(hashes.size() - 1).substring(0, 12));

        driver.findElement(By.cssSelector("#table-commits .rc-pager button[aria-label='Next page']")).click();
        assertThat(page.countText("commits")).isEqualTo("Showing 101\u2013200 of 600 commits");
        assertThat(page.rows("commits")).hasSize(100);
        assertThat(page.rows("commits").get(0).get(1)).isEqualTo(hashes.get(hashes.size() - 101).substring(0, 12));
    }

    @Test
    void shouldParseTimeZonedDates() {
        Chromium.open(driver, index);

        @SuppressWarnings("unchecked")
        List<Object> times = (List<Object>) driver.executeScript("const p = window.ReleaseCopilot.parseDate;"
                + " return [p('2024-03-01T10:00:00+02:00'), p('2024-03-01T08:00:00Z'), p('2024-03-01T03:00:00.123456-05:00'),"
                + " p('2024-03-01T09:00:00+0100'), p('2024-03-01'), p('2024-02-30T00:00:00Z'), p('yesterday'), p(null)];");

        long eight = Instant.parse("2024-03-01T08:00:00Z").toEpochMilli();
        assertThat(times).containsExactly(eight, eight, eight + 123, eight, eight - 8 * 3_600_000L, null, null, null);
    }

    @Test
    void shouldEnforceTheContentSecurityPolicy() {
        Chromium.open(driver, index);

        Object ran = driver.executeScript("const s = document.createElement('script');"
                + " s.textContent = 'window.rcInlineRan = true;'; document.body.appendChild(s);"
                + " return window.rcInlineRan === true;");

        assertThat(ran).isEqualTo(false);
        assertThat(Chromium.consoleErrors(driver)).anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
    }

    @Test
    void shouldSwitchTablesFromTheKeyFigures() {
        Chromium.open(driver, index);

        driver.findElement(By.cssSelector("button[data-kpi=orphanCommits]")).click();

        assertThat(driver.findElement(By.id("rc-tab-orphans")).getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(driver.findElement(By.id("rc-panel-orphans")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("rc-panel-with")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("rc-f-status")).isEnabled()).as("story filter on a commit table").isFalse();
    }

    @Test
    void shouldFetchTheDataAHostPageNamesInsteadOfAnIsland() throws IOException {
        StringBuilder hostPage = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
                + "<link rel=\"stylesheet\" href=\"/static/report.css\">");
        ReportAssets.SCRIPTS.forEach(script -> hostPage.append("<script src=\"/static/").append(script).append("\" defer></script>"));
        hostPage.append("</head><body><div id=\"rc-app\" class=\"rc-app\" data-report-url=\"data.json\"></div></body></html>");
        byte[] json = HtmlReportWriterTest.reportJson(report).getBytes(StandardCharsets.UTF_8);
        HttpServer host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String asset = path.startsWith("/static/") ? path.substring("/static/".length()) : "";
            byte[] body = path.equals("/job/app/1/audit/") ? hostPage.toString().getBytes(StandardCharsets.UTF_8)
                    : path.equals("/job/app/1/audit/data.json") ? json
                    : ReportAssets.ALL.contains(asset) ? asset(asset) : null;
            exchange.getResponseHeaders().set("Content-Security-Policy", JENKINS_CSP);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".js") ? "text/javascript"
                    : path.endsWith(".css") ? "text/css" : path.endsWith(".json") ? "application/json" : "text/html");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        host.start();
        try {
            driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/job/app/1/audit/");
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(
                    d.findElement(By.tagName("html")).getDomAttribute("data-rc-ready")));

            assertThat(Chromium.consoleErrors(driver)).isEmpty();
            assertThat(kpi("commitsTotal")).isEqualTo(report.result().counts().commitsTotal());
            assertThat(page.count("orphans")).isEqualTo(report.result().counts().orphanCommits());
        } finally {
            host.stop(0);
        }
    }

    private static byte[] asset(String name) throws IOException {
        try (java.io.InputStream in = ReportAssets.open(name)) {
            return in.readAllBytes();
        }
    }

    private static int kpi(String id) {
        return Integer.parseInt(driver.findElement(By.cssSelector("[data-kpi=" + id + "]")).getDomAttribute("data-value"));
    }

    private static String cell(String table, String key, int column) {
        return driver.findElement(By.cssSelector("#table-" + table + " tr[data-key='" + key + "'] > td:nth-child("
                + (column + 1) + ")")).getText();
    }
}
