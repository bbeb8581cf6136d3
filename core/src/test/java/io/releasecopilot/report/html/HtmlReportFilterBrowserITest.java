package io.releasecopilot.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.Commit;
import io.releasecopilot.report.AuditReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** Filters change the row counts; the CSV export holds exactly the filtered rows, formula-safe. */
@ExtendWith(SharedChromium.class)
class HtmlReportFilterBrowserITest {

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

    @BeforeEach
    void open() {
        assertThat(Chromium.open(driver, index)).isEmpty();
    }

    @Test
    void shouldFilterCommitTablesByRepositoryBranchAndDate() {
        page.tab("orphans");
        int all = commits(CommitCategory.ORPHAN, c -> true);
        assertThat(page.count("orphans")).isEqualTo(all);

        page.select("rc-f-repo", "portal");
        int portal = commits(CommitCategory.ORPHAN, c -> c.commit().repo().equals("portal"));
        assertThat(page.count("orphans")).isEqualTo(portal).isLessThan(all);
        assertThat(page.countText("orphans")).isEqualTo(portal + " commits (filtered from " + all + ")");
        assertThat(page.rows("orphans")).allSatisfy(row -> assertThat(row.get(0)).isEqualTo("portal"));

        page.select("rc-f-branch", "develop");
        assertThat(page.count("orphans")).isEqualTo(commits(CommitCategory.ORPHAN, c -> c.commit().repo().equals("portal")
                && c.commit().branches().contains("develop")));

        page.reset();
        page.tab("commits");
        assertThat(page.awaitCount("commits", 600)).isEqualTo(600);
        page.date("rc-f-from", "2024-03-02");
        page.date("rc-f-to", "2024-03-02");
        Instant from = Instant.parse("2024-03-02T00:00:00Z");
        Instant to = Instant.parse("2024-03-03T00:00:00Z");
        int onDay = (int) report.result().commits().stream()
                .filter(c -> !c.commit().date().isBefore(from) && c.commit().date().isBefore(to)).count();
        assertThat(page.count("commits")).isEqualTo(onDay).isBetween(1, 599);
        Chromium.screenshot(driver, "report-filtered-commits");
    }

    @Test
    void shouldFilterStoriesByStatusAssigneeLabelComponentAndCommits() {
        assertThat(page.count("with")).isEqualTo(stories(true, s -> true));

        page.select("rc-f-status", "Done");
        assertThat(page.count("with")).isEqualTo(stories(true, s -> s.story().status().equals("Done")));
        assertThat(page.count("without")).isEqualTo(stories(false, s -> s.story().status().equals("Done")));

        page.reset();
        page.select("rc-f-assignee", "(unassigned)");
        assertThat(page.awaitCount("with", stories(true, s -> s.story().assignee() == null)))
                .isEqualTo(stories(true, s -> s.story().assignee() == null));

        page.reset();
        page.select("rc-f-label", GeneratedReport.IMG);
        page.select("rc-f-component", "Checkout");
        int labelled = stories(true, s -> s.story().labels().contains(GeneratedReport.IMG)
                && s.story().components().contains("Checkout"));
        assertThat(page.awaitCount("with", labelled)).isEqualTo(labelled).isPositive();

        page.reset();
        page.select("rc-f-repo", "mobile");
        page.select("rc-f-branch", "develop");
        Map<String, Commit> byHash = report.result().commits().stream()
                .collect(Collectors.toMap(c -> c.commit().hash(), CommitResult::commit));
        int onDevelop = stories(true, s -> s.commits().stream().map(link -> byHash.get(link.hash()))
                .anyMatch(c -> c != null && c.repo().equals("mobile") && c.branches().contains("develop")));
        assertThat(page.awaitCount("with", onDevelop)).isEqualTo(onDevelop).isPositive();
    }

    @Test
    void shouldSearchFreeText() {
        page.tab("out-of-scope");
        page.search("ops-51");
        int matching = commits(CommitCategory.OUT_OF_SCOPE, c -> c.commit().message().toLowerCase().contains("ops-51"));
        assertThat(page.awaitCount("out-of-scope", matching)).isEqualTo(matching).isPositive();

        page.tab("commits");
        String hash = report.result().commits().get(123).commit().hash();
        page.search(hash.substring(28));
        assertThat(page.awaitCount("commits", 1)).isEqualTo(1);
        page.reset();
    }

    @Test
    void shouldExportTheFilteredRowsAsCsvWithFormulasDefused() {
        page.tab("without");
        page.select("rc-f-status", "In Progress");
        int expected = stories(false, s -> s.story().status().equals("In Progress"));

        String csv = page.exportCsv("without", "1.4.0-without.csv");

        assertThat(csv).startsWith("\uFEFFKey,Summary,Type,Status,Assignee,Labels,Components,Updated (UTC),Category,"
                + "Reverted commits\r\n");
        List<List<String>> rows = ReportPage.parseCsv(csv.substring(1));
        assertThat(rows).hasSize(expected + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("In Progress"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("APP-1005", "'" + GeneratedReport.FORMULA,
                "Story", "In Progress", "Zoë Müller", "backend", "Accounts", "2024-03-01 05:00", "without commits", ""));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");

        page.reset();
        page.tab("orphans");
        page.select("rc-f-repo", "mobile");
        List<List<String>> orphans = ReportPage.parseCsv(page.exportCsv("orphans", "1.4.0-orphans.csv").substring(1));
        assertThat(orphans).hasSize(commits(CommitCategory.ORPHAN, c -> c.commit().repo().equals("mobile")) + 1);
        assertThat(orphans.get(0)).containsExactly("Repository", "Commit", "Date (UTC)", "Author", "Message", "Branches", "Notes");
        assertThat(orphans).anySatisfy(row -> assertThat(row.subList(3, 5)).containsExactly("'" + GeneratedReport.FORMULA,
                "Change number 20\n\nDetails of change 20"));
    }

    private static int commits(CommitCategory category, Predicate<CommitResult> filter) {
        return (int) report.result().commits().stream().filter(c -> c.category() == category).filter(filter).count();
    }

    private static int stories(boolean withCommits, Predicate<StoryResult> filter) {
        return (int) report.result().stories().stream()
                .filter(s -> (s.category() == StoryCategory.WITH_COMMITS) == withCommits).filter(filter).count();
    }
}
