package io.releasecopilot.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A report of 20,000 commits and 2,000 stories stays usable: it renders, keeps one page of rows in the DOM, and
 * filters, sorts and exports every row. How long each step took goes to target/screenshots/timings.txt as a
 * figure, not as a pass/fail: a timed assertion would depend on the machine's speed.
 */
@ExtendWith(SharedChromium.class)
class HtmlReportScaleBrowserITest {

    private static final int COMMITS = 20_000;

    @TempDir
    static Path dir;

    private static ChromeDriver driver;
    private static ReportPage page;
    private static Path index;
    private static AuditReport report;

    @BeforeAll
    static void start(SharedChromium.Browser browser) {
        report = new GeneratedReport().stories(2_000).commits(COMMITS).build();
        HtmlReportWriter.write(report, dir.resolve("report"), null);
        index = dir.resolve("report").resolve(HtmlReportWriter.INDEX);
        driver = browser.driver();
        page = new ReportPage(driver, browser.downloads());
    }

    @Test
    void shouldRenderFilterSortAndExportTwentyThousandCommits() throws IOException {
        assertThat(Chromium.open(driver, index)).isEmpty();

        long renderMs = Long.parseLong(driver.findElement(By.tagName("html")).getDomAttribute("data-rc-render-ms"));
        page.tab("commits");
        assertThat(page.count("commits")).isEqualTo(COMMITS);
        assertThat(page.countText("commits")).isEqualTo("Showing 1\u2013100 of 20,000 commits");
        assertThat(driver.findElements(By.cssSelector("#table-commits tbody tr"))).hasSize(100);
        long filterMs = timed("const s = document.getElementById('rc-f-repo'); s.value = 'portal';"
                + " s.dispatchEvent(new Event('change', {bubbles: true}));");
        int portal = (int) report.result().commits().stream().filter(c -> c.commit().repo().equals("portal")).count();
        assertThat(page.count("commits")).isEqualTo(portal);
        assertThat(page.countText("commits")).isEqualTo(String.format(Locale.US,
                "Showing 1\u2013100 of %,d commits (filtered from 20,000)", portal));
        long sortMs = timed("document.querySelector('#table-commits th[data-column=message] button').click();");
        page.reset();
        long exportStart = System.nanoTime();
        String csv = page.exportCsv("commits", "1.4.0-commits.csv");
        long exportMs = (System.nanoTime() - exportStart) / 1_000_000;
        List<List<String>> rows = ReportPage.parseCsv(csv.substring(1));
        assertThat(rows).hasSize(COMMITS + 1);
        Chromium.screenshot(driver, "report-20000-commits");

        String timings = String.format(Locale.ROOT, "20,000 commits, 2,000 stories, index.html %,d bytes: load and"
                + " render %d ms, repository filter %d ms, sort %d ms, CSV export of all rows %d ms%n",
                Files.size(index), renderMs, filterMs, sortMs, exportMs);
        Files.createDirectories(Chromium.SCREENSHOTS);
        Files.writeString(Chromium.SCREENSHOTS.resolve("timings.txt"), timings);
    }

    /** Runs a script that acts synchronously on the page and returns how long it took in the page, in ms. */
    private static long timed(String script) {
        Number ms = (Number) driver.executeScript("const t0 = performance.now(); " + script
                + " return performance.now() - t0;");
        return Math.round(ms.doubleValue());
    }
}
