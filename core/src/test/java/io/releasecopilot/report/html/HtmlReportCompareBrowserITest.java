package io.releasecopilot.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.report.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The comparison with a previous report (--compare): the previous report's dates carry a +02:00 offset, as a
 * report written by another tool might, and must be read as the same instants.
 */
@ExtendWith(SharedChromium.class)
class HtmlReportCompareBrowserITest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter UTC_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static ChromeDriver driver;
    private static ReportPage page;
    private static Path index;
    private static AuditReport report;
    private static AuditReport previous;

    @BeforeAll
    static void start(SharedChromium.Browser browser) throws IOException {
        report = new GeneratedReport().build();
        previous = new GeneratedReport().firstStory(3).withoutEvery(4).orphanEvery(8).statusShift(1).fixVersion("1.3.0")
                .generatedAt(Instant.parse("2024-04-01T08:00:00Z")).build();
        Path previousJson = dir.resolve("previous.json");
        Files.writeString(previousJson, JSON.writeValueAsString(withOffsets(previous)));
        HtmlReportWriter.write(report, dir.resolve("report"), previousJson);
        index = dir.resolve("report").resolve(HtmlReportWriter.INDEX);
        driver = browser.driver();
        page = new ReportPage(driver, browser.downloads());
    }

    @Test
    void shouldCountWhatChangedSinceThePreviousReport() {
        assertThat(Chromium.open(driver, index)).isEmpty();
        page.tab("compare");

        Set<String> before = keys(previous);
        Set<String> after = keys(report);
        Map<String, String> statusBefore = statuses(previous);
        Set<String> orphansBefore = orphans(previous);
        Set<String> orphansAfter = orphans(report);
        assertThat(card("added")).isEqualTo(String.valueOf(difference(after, before).size())).isEqualTo("3");
        assertThat(card("removed")).isEqualTo(String.valueOf(difference(before, after).size())).isEqualTo("3");
        long changed = report.result().stories().stream().filter(s -> statusBefore.containsKey(s.story().key())
                && !statusBefore.get(s.story().key()).equals(s.story().status())).count();
        assertThat(card("statusChanges")).isEqualTo(String.valueOf(changed)).isNotEqualTo("0");
        assertThat(card("newOrphans")).isEqualTo(String.valueOf(difference(orphansAfter, orphansBefore).size()));
        assertThat(card("resolvedOrphans")).isEqualTo(String.valueOf(difference(orphansBefore, orphansAfter).size()));
        assertThat(card("coverageDelta")).isEqualTo(coverageDelta(report.result().counts(), previous.result().counts()))
                .startsWith("+");
        assertThat(page.count("cmp-added")).isEqualTo(3);
        assertThat(page.rows("cmp-added")).extracting(row -> row.get(0)).containsExactly("APP-1000", "APP-1001", "APP-1002");
        assertThat(page.rows("cmp-removed")).extracting(row -> row.get(0)).containsExactly("APP-1060", "APP-1061", "APP-1062");
        assertThat(page.count("cmp-status")).isEqualTo((int) changed);
        Chromium.screenshot(driver, "report-comparison");
    }

    @Test
    void shouldReadThePreviousReportsOffsetDatesAsTheSameInstants() {
        Chromium.open(driver, index);
        page.tab("compare");

        assertThat(driver.findElement(By.className("rc-compare-intro")).getText())
                .isEqualTo("Compared with the report of fix version 1.3.0 generated 2024-04-01 08:00 UTC.");
        Set<String> orphansAfter = orphans(report);
        Instant newest = previous.result().commits().stream()
                .filter(c -> c.category() == CommitCategory.ORPHAN && !orphansAfter.contains(id(c)))
                .map(c -> c.commit().date()).max(Instant::compareTo).orElseThrow();
        assertThat(page.rows("cmp-resolved-orphans").get(0).get(2)).isEqualTo(UTC_MINUTES.format(newest));
        assertThat(driver.findElement(By.cssSelector("[data-kpi=orphanCommits] .rc-kpi-delta")).getText())
                .isEqualTo(signed(report.result().counts().orphanCommits() - previous.result().counts().orphanCommits())
                        + " vs previous");
    }

    /** Rewrites the report's instants with a +02:00 offset: 2024-03-01T00:00:00Z becomes 2024-03-01T02:00+02:00. */
    private static JsonNode withOffsets(AuditReport report) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(HtmlReportWriterTest.reportJson(report));
        tree.put("generatedAt", "2024-04-01T10:00:00.123456+02:00");
        for (JsonNode commit : tree.path("commits")) {
            Instant date = Instant.parse(commit.path("date").asText());
            ((ObjectNode) commit).put("date", date.atOffset(ZoneOffset.ofHours(2)).toString());
        }
        return tree;
    }

    private static String card(String id) {
        return driver.findElement(By.cssSelector("[data-compare=" + id + "]")).getDomAttribute("data-value");
    }

    private static Set<String> keys(AuditReport report) {
        return report.result().stories().stream().map(s -> s.story().key()).collect(Collectors.toSet());
    }

    private static Map<String, String> statuses(AuditReport report) {
        return report.result().stories().stream().map(StoryResult::story)
                .collect(Collectors.toMap(s -> s.key(), s -> s.status()));
    }

    private static Set<String> orphans(AuditReport report) {
        return report.result().commits().stream().filter(c -> c.category() == CommitCategory.ORPHAN)
                .map(HtmlReportCompareBrowserITest::id).collect(Collectors.toSet());
    }

    private static String id(CommitResult commit) {
        return commit.commit().repo() + "/" + commit.commit().hash();
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }

    /** The page's coverage delta: both coverages rounded to 0.1 %, then their difference. */
    private static String coverageDelta(AuditCounts now, AuditCounts before) {
        Function<AuditCounts, Double> percent = c -> Math.round(1000.0 * c.storiesWithCommits() / c.storiesTotal()) / 10.0;
        double delta = Math.round((percent.apply(now) - percent.apply(before)) * 10) / 10.0;
        return (delta > 0 ? "+" : delta < 0 ? "\u2212" : "\u00b1")
                + (delta == 0 ? "0" : String.format(Locale.ROOT, "%.1f", Math.abs(delta))) + " pp";
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + -n : "\u00b10";
    }
}
