package io.releasecopilot.report.excel;

import static io.releasecopilot.report.excel.ReportFixture.commit;
import static io.releasecopilot.report.excel.ReportFixture.hash;
import static io.releasecopilot.report.excel.ReportFixture.link;
import static io.releasecopilot.report.excel.ReportFixture.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.LinkSource;
import io.releasecopilot.correlate.CommitOverride;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.model.Commit;
import io.releasecopilot.report.AuditReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelReportWriterTest {

    private static final List<String> TABS = List.of("Summary", "Stories without commits", "Out-of-scope commits",
            "Orphan commits", "Story ↔ commit mapping", "Settings");

    private static final Instant T1 = Instant.parse("2024-04-10T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-04-11T17:45:30Z");

    private final Commit c1 = commit("portal", hash(1), T1, "ABC-1 add login\n\nbody");
    private final Commit c2 = commit("portal", hash(2), T2, "ABC-1 fix login");
    private final Commit c3 = commit("portal", hash(3), T1, "ABC-3 feature later reverted");
    private final Commit c4 = commit("legacy", hash(4), null, "ABC-4 legacy change");
    private final Commit o1 = new Commit("portal", hash(5), T2, "Cy Diaz", null, "Merge branch 'x'",
            List.of("main", "release/1.4"), 2);
    private final Commit o2 = commit("legacy", hash(6), T1, "tidy up");
    private final Commit s1 = commit("portal", hash(7), T1, "XYZ-9 XYZ-10 unrelated");
    private final Commit e1 = commit("portal", hash(8), T1, "chore: bump");

    private ReportFixture standard() {
        return ReportFixture.create()
                .repository("legacy", null)
                .scope("team", "payments")
                .story(story("ABC-1", "Login"), StoryCategory.WITH_COMMITS, link(c1), link(c2))
                .story(story("ABC-2", "Logout"), StoryCategory.WITHOUT_COMMITS)
                .story(story("ABC-3", "Reverted feature"), StoryCategory.REVERTED_ONLY,
                        new StoryCommit("portal", hash(3), LinkSource.MESSAGE, null, true))
                .story(story("ABC-4", "Legacy"), StoryCategory.WITH_COMMITS,
                        new StoryCommit("legacy", hash(4), LinkSource.PR_TITLE, "ABC-5", false))
                .linked(c1, "ABC-1").linked(c2, "ABC-1").linked(c3, "ABC-3").linked(c4, "ABC-4")
                .orphan(o1).orphan(o2)
                .outOfScope(s1, "XYZ-9", "XYZ-10")
                .exempt(e1, "message matches /^chore/");
    }

    @Test
    void shouldWriteTheTabsInOrder() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        assertThat(Xlsx.sheetNames(workbook)).containsExactlyElementsOf(TABS);
    }

    @Test
    void shouldWriteHeaders() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        assertThat(Xlsx.header(workbook.getSheet("Summary"))).containsExactly("Item", "Value");
        assertThat(Xlsx.header(workbook.getSheet("Stories without commits"))).containsExactly("Key", "Summary",
                "Issue type", "Status", "Status category", "Assignee", "Labels", "Components", "Updated (UTC)",
                "Category");
        assertThat(Xlsx.header(workbook.getSheet("Out-of-scope commits"))).containsExactly("Repository", "Commit",
                "Hash", "Date (UTC)", "Author", "Branches", "Subject", "Keys found");
        assertThat(Xlsx.header(workbook.getSheet("Orphan commits"))).containsExactly("Repository", "Commit",
                "Hash", "Date (UTC)", "Author", "Branches", "Subject", "Merge");
        assertThat(Xlsx.header(workbook.getSheet("Story ↔ commit mapping"))).containsExactly("Story",
                "Story summary", "Status", "Repository", "Commit", "Date (UTC)", "Author", "Subject", "Link source",
                "Via", "Reverted");
        assertThat(Xlsx.header(workbook.getSheet("Settings"))).containsExactly("Section", "Name", "Value",
                "Repository", "Add keys", "Exempt", "Warn", "Fail", "Detail");
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Cell cell : workbook.getSheetAt(i).getRow(0)) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold())
                        .as("bold header %s", cell.getAddress()).isTrue();
            }
        }
    }

    @Test
    void shouldWriteOneRowPerItemOfEachTab() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        assertThat(Xlsx.column(workbook.getSheet("Stories without commits"), 0)).containsExactly("ABC-2", "ABC-3");
        assertThat(Xlsx.column(workbook.getSheet("Stories without commits"), 9))
                .containsExactly("withoutCommits", "revertedOnly");
        assertThat(Xlsx.column(workbook.getSheet("Out-of-scope commits"), 2)).containsExactly(hash(7));
        assertThat(Xlsx.column(workbook.getSheet("Orphan commits"), 2)).containsExactly(hash(5), hash(6));
        XSSFSheet mapping = workbook.getSheet("Story ↔ commit mapping");
        assertThat(Xlsx.column(mapping, 0)).containsExactly("ABC-1", "ABC-1", "ABC-3", "ABC-4");
        assertThat(Xlsx.column(mapping, 4)).containsExactly("0000001", "0000002", "0000003", "0000004");
    }

    @Test
    void shouldWriteCommitColumns() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        XSSFSheet outOfScope = workbook.getSheet("Out-of-scope commits");
        assertThat(rowText(outOfScope.getRow(1))).containsExactly("portal", "0000007", hash(7), null, "Bo Chen",
                "main", "XYZ-9 XYZ-10 unrelated", "XYZ-9, XYZ-10");
        XSSFSheet orphans = workbook.getSheet("Orphan commits");
        assertThat(orphans.getRow(1).getCell(5).getStringCellValue()).isEqualTo("main, release/1.4");
        assertThat(orphans.getRow(1).getCell(7).getBooleanCellValue()).isTrue();
        assertThat(orphans.getRow(2).getCell(7).getBooleanCellValue()).isFalse();
        XSSFSheet mapping = workbook.getSheet("Story ↔ commit mapping");
        assertThat(rowText(mapping.getRow(1))).containsExactly("ABC-1", "Login", "In Progress", "portal", "0000001",
                null, "Bo Chen", "ABC-1 add login", "message");
        assertThat(mapping.getRow(3).getCell(10).getBooleanCellValue()).isTrue();
        assertThat(rowText(mapping.getRow(4))).containsExactly("ABC-4", "Legacy", "In Progress", "legacy", "0000004",
                null, "Bo Chen", "ABC-4 legacy change", "pr-title", "ABC-5");
        assertThat(mapping.getRow(4).getCell(5, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL)).isNull();
    }

    @Test
    void shouldWriteStoryColumns() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        XSSFSheet stories = workbook.getSheet("Stories without commits");
        assertThat(rowText(stories.getRow(1))).containsExactly("ABC-2", "Logout", "Story", "In Progress",
                "indeterminate", "Ann Lee", "backend", "api", null, "withoutCommits");
        assertThat(dateOf(stories.getRow(1).getCell(8))).isEqualTo(LocalDateTime.of(2024, 4, 2, 8, 15));
    }

    @Test
    void shouldMapCommitsWithTheSameHashInTwoRepositories() {
        Commit inPortal = commit("portal", hash(42), T1, "ABC-1 portal side");
        Commit inFork = commit("fork", hash(42), T2, "ABC-1 fork side");
        AuditReport report = ReportFixture.create().repository("fork", "https://bitbucket.example.com/acme/fork/commits/")
                .linked(inPortal, "ABC-1").linked(inFork, "ABC-1")
                .story(story("ABC-1", "Twice"), StoryCategory.WITH_COMMITS, link(inPortal), link(inFork))
                .build();

        XSSFSheet mapping = Xlsx.write(report).getSheet("Story ↔ commit mapping");

        assertThat(Xlsx.column(mapping, 3)).containsExactly("portal", "fork");
        assertThat(Xlsx.column(mapping, 7)).containsExactly("ABC-1 portal side", "ABC-1 fork side");
        assertThat(address(mapping, 2, 4)).isEqualTo("https://bitbucket.example.com/acme/fork/commits/" + hash(42));
    }

    @Test
    void shouldLinkKeysToJiraAndHashesToBitbucket() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        XSSFSheet stories = workbook.getSheet("Stories without commits");
        assertThat(address(stories, 1, 0)).isEqualTo(ReportFixture.JIRA + "ABC-2");
        assertThat(address(stories, 2, 0)).isEqualTo(ReportFixture.JIRA + "ABC-3");
        XSSFSheet orphans = workbook.getSheet("Orphan commits");
        assertThat(address(orphans, 1, 1)).isEqualTo(ReportFixture.PORTAL_URL + hash(5));
        assertThat(address(orphans, 2, 1)).as("legacy has no web address").isNull();
        assertThat(address(workbook.getSheet("Out-of-scope commits"), 1, 1))
                .isEqualTo(ReportFixture.PORTAL_URL + hash(7));
        XSSFSheet mapping = workbook.getSheet("Story ↔ commit mapping");
        assertThat(address(mapping, 1, 0)).isEqualTo(ReportFixture.JIRA + "ABC-1");
        assertThat(address(mapping, 2, 0)).isEqualTo(ReportFixture.JIRA + "ABC-1");
        assertThat(address(mapping, 3, 0)).isEqualTo(ReportFixture.JIRA + "ABC-3");
        assertThat(address(mapping, 1, 4)).isEqualTo(ReportFixture.PORTAL_URL + hash(1));
        assertThat(address(mapping, 2, 4)).isEqualTo(ReportFixture.PORTAL_URL + hash(2));
        assertThat(address(mapping, 4, 4)).isNull();
        assertThat(mapping.getHyperlinkList()).as("ABC-1's two rows share one link").hasSize(3 + 3);
    }

    @Test
    void shouldWriteKeysAsPlainTextWhenJiraIsUnknown() {
        XSSFWorkbook workbook = Xlsx.write(standard().jiraBrowseUrl(null).build());

        XSSFSheet stories = workbook.getSheet("Stories without commits");
        assertThat(stories.getHyperlinkList()).isEmpty();
        assertThat(Xlsx.column(stories, 0)).containsExactly("ABC-2", "ABC-3");
    }

    @Test
    void shouldEscapeAddressesForXml() {
        String prefix = "https://git.example.com/commits?repo=portal&x='a'&id=";
        AuditReport report = ReportFixture.create().repository("odd", prefix)
                .orphan(commit("odd", hash(9), T1, "x")).build();

        XSSFWorkbook workbook = Xlsx.write(report);

        assertThat(address(workbook.getSheet("Orphan commits"), 1, 1)).isEqualTo(prefix + hash(9));
    }

    @Test
    void shouldNotLinkUnsafeAddresses() {
        AuditReport report = ReportFixture.create()
                .repository("js", "javascript:alert(1)//")
                .repository("spaced", "https://x.example.com/a b/")
                .repository("quoted", "https://x.example.com/\"><x>/")
                .orphan(commit("js", hash(1), T1, "x"))
                .orphan(commit("spaced", hash(2), T1, "y"))
                .orphan(commit("quoted", hash(3), T1, "z"))
                .build();

        XSSFWorkbook workbook = Xlsx.write(report);

        assertThat(workbook.getSheet("Orphan commits").getHyperlinkList()).isEmpty();
    }

    @Test
    void shouldWriteDatesAsExcelDatesInUtc() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        Cell orphanDate = Xlsx.cell(workbook.getSheet("Orphan commits"), 1, 3);
        assertThat(orphanDate.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(orphanDate)).isTrue();
        assertThat(dateOf(orphanDate)).isEqualTo(LocalDateTime.ofInstant(T2, ZoneOffset.UTC));
        assertThat(dateOf(Xlsx.cell(workbook.getSheet("Story ↔ commit mapping"), 1, 5)))
                .isEqualTo(LocalDateTime.ofInstant(T1, ZoneOffset.UTC));
        Cell generated = Xlsx.cell(workbook.getSheet("Summary"), 2, 1);
        assertThat(Xlsx.cell(workbook.getSheet("Summary"), 2, 0).getStringCellValue()).isEqualTo("Generated at (UTC)");
        assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
        assertThat(dateOf(generated)).isEqualTo(LocalDateTime.ofInstant(ReportFixture.GENERATED, ZoneOffset.UTC));
    }

    @Test
    void shouldWriteTheSummaryFigures() {
        AuditReport report = standard()
                .gate(new GateResult(GateStatus.WARN, List.of("WARN: 1 story without commits (maximum 0)",
                        "WARN: 2 orphan commits (maximum 0)")))
                .build();

        XSSFSheet summary = Xlsx.write(report).getSheet("Summary");

        Map<String, Object> values = new LinkedHashMap<>();
        List<String> reasons = new ArrayList<>();
        for (int r = 1; r <= summary.getLastRowNum(); r++) {
            Row row = summary.getRow(r);
            String item = row.getCell(0).getStringCellValue();
            Cell value = row.getCell(1);
            Object v = value.getCellType() == CellType.NUMERIC ? (Object) value.getNumericCellValue()
                    : value.getStringCellValue();
            if (item.equals("Gate reason")) {
                reasons.add((String) v);
            } else {
                values.put(item, v);
            }
        }
        assertThat(values).containsEntry("Fix version", "1.4.0")
                .containsEntry("Tool version", "0.1.0")
                .containsEntry("Scope: team", "payments")
                .containsEntry("Stories total", 4.0)
                .containsEntry("Stories with commits", 2.0)
                .containsEntry("Stories without commits", 1.0)
                .containsEntry("Stories reverted only", 1.0)
                .containsEntry("Coverage", 0.5)
                .containsEntry("Commits total", 8.0)
                .containsEntry("Linked commits", 4.0)
                .containsEntry("Orphan commits", 2.0)
                .containsEntry("Out-of-scope commits", 1.0)
                .containsEntry("Exempt commits", 1.0)
                .containsEntry("Gate status", "WARN")
                .containsEntry("Audited projects", "ABC");
        assertThat(reasons).containsExactly("WARN: 1 story without commits (maximum 0)",
                "WARN: 2 orphan commits (maximum 0)");
        Cell coverage = findValue(summary, "Coverage");
        assertThat(coverage.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void shouldWriteTheSettings() {
        Map<Metric, Threshold> thresholds = new EnumMap<>(Metric.class);
        thresholds.put(Metric.ORPHAN_COMMITS, new Threshold(0.0, 10.0));
        thresholds.put(Metric.COVERAGE, new Threshold(0.95, 0.8));
        CorrelationSettings settings = new CorrelationSettings(Set.of("XYZ"),
                List.of(new Exemption(Exemption.Kind.MESSAGE, "^chore")),
                List.of(new CommitOverride("abcdef1", "portal", List.of("ABC-7", "ABC-8"), false, "squashed by hand"),
                        new CommitOverride("1234567", null, List.of(), true, "vendor drop")),
                "overrides.yml", Set.of("Sub-task"));
        AuditReport report = standard().settings(settings)
                .policy(new Policy(thresholds, Set.of(), "policy.yml"))
                .warning("override 1234567 matched no commit")
                .build();

        XSSFSheet sheet = Xlsx.write(report).getSheet("Settings");

        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(rowText(sheet.getRow(r)));
        }
        assertThat(rows).contains(
                List.of("Audited project", "ABC"),
                List.of("Audited project", "XYZ"),
                List.of("Extra project", "XYZ"),
                List.of("Ignored issue type", "Sub-task"),
                Arrays.asList("Exemption", "message", "^chore", null, null, null, null, null,
                        "message matches /^chore/"),
                Arrays.asList("Overrides file", null, "overrides.yml"),
                Arrays.asList("Override", "abcdef1", null, "portal", "ABC-7, ABC-8", null, null, null,
                        "squashed by hand"),
                Arrays.asList("Policy source", null, "policy.yml"),
                Arrays.asList("Threshold", "orphanCommits", "maximum"),
                Arrays.asList("Threshold", "coverage", "minimum"),
                Arrays.asList("Source", null, "cache: ./cache/1.4.0"),
                Arrays.asList("Warning", null, "input warning"),
                Arrays.asList("Warning", null, "override 1234567 matched no commit"));
        Row coverage = findRow(sheet, "coverage");
        assertThat(coverage.getCell(6).getNumericCellValue()).isEqualTo(0.95);
        assertThat(coverage.getCell(7).getNumericCellValue()).isEqualTo(0.8);
        assertThat(coverage.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(findRow(sheet, "orphanCommits").getCell(7).getNumericCellValue()).isEqualTo(10.0);
        assertThat(findRow(sheet, "abcdef1").getCell(5).getBooleanCellValue()).isFalse();
        assertThat(findRow(sheet, "1234567").getCell(5).getBooleanCellValue()).isTrue();
    }

    @Test
    void shouldFreezeTheHeaderAndFilterEverySheet() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertFrozenAndFiltered(sheet);
        }
        assertThat(workbook.getSheet("Orphan commits").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H3");
        assertThat(workbook.getSheet("Story ↔ commit mapping").getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:K5");
    }

    @Test
    void shouldSetFixedColumnWidths() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        XSSFSheet orphans = workbook.getSheet("Orphan commits");
        assertThat(orphans.getColumnWidth(2)).isEqualTo(42 * 256);
        assertThat(orphans.getColumnWidth(6)).isEqualTo(70 * 256);
    }

    @Test
    void shouldWriteNoFormulaAnywhere() {
        XSSFWorkbook workbook = Xlsx.write(standard().build());

        assertThat(allCells(workbook)).isNotEmpty().noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
    }

    @Test
    void shouldWriteOnlyHeadersForAnEmptyResult() {
        AuditReport report = ReportFixture.create().build();

        XSSFWorkbook workbook = Xlsx.write(report);

        assertThat(Xlsx.sheetNames(workbook)).containsExactlyElementsOf(TABS);
        for (String tab : List.of("Stories without commits", "Out-of-scope commits", "Orphan commits",
                "Story ↔ commit mapping")) {
            XSSFSheet sheet = workbook.getSheet(tab);
            assertThat(sheet.getLastRowNum()).as(tab).isZero();
            assertThat(Xlsx.header(sheet)).as(tab).isNotEmpty();
            assertFrozenAndFiltered(sheet);
        }
        assertThat(workbook.getSheet("Orphan commits").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H1");
        assertThat(findValue(workbook.getSheet("Summary"), "Coverage").getNumericCellValue()).isEqualTo(1.0);
    }

    @Test
    void shouldContinueOnNumberedSheetsPastTheRowLimit() {
        ReportFixture fixture = ReportFixture.create();
        List<String> hashes = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            fixture.orphan(commit("portal", hash(100 + i), T1, "orphan " + i));
            hashes.add(hash(100 + i));
        }
        Commit[] linked = new Commit[7];
        StoryCommit[] links = new StoryCommit[7];
        for (int i = 0; i < 7; i++) {
            linked[i] = commit("portal", hash(200 + i), T1, "ABC-1 part " + i);
            fixture.linked(linked[i], "ABC-1");
            links[i] = link(linked[i]);
        }
        fixture.story(story("ABC-1", "Big"), StoryCategory.WITH_COMMITS, links);

        XSSFWorkbook workbook = Xlsx.write(fixture.build(), new ExcelReportWriter(4));

        assertThat(Xlsx.sheetNames(workbook)).containsExactly(
                "Summary", "Summary (2)", "Summary (3)", "Summary (4)", "Summary (5)",
                "Stories without commits", "Out-of-scope commits",
                "Orphan commits", "Orphan commits (2)", "Orphan commits (3)", "Orphan commits (4)",
                "Story ↔ commit mapping", "Story ↔ commit mapping (2)", "Story ↔ commit mapping (3)",
                "Settings", "Settings (2)", "Settings (3)");
        List<String> written = new ArrayList<>();
        List<String> mappingHashes = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isLessThanOrEqualTo(3);
            assertFrozenAndFiltered(sheet);
            if (sheet.getSheetName().startsWith("Orphan commits")) {
                assertThat(Xlsx.header(sheet)).contains("Hash");
                written.addAll(Xlsx.column(sheet, 2));
            }
            if (sheet.getSheetName().startsWith("Story ↔ commit mapping")) {
                assertThat(Xlsx.header(sheet)).startsWith("Story");
                mappingHashes.addAll(Xlsx.column(sheet, 4));
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    assertThat(address(sheet, r, 0)).isEqualTo(ReportFixture.JIRA + "ABC-1");
                }
            }
        }
        assertThat(written).containsExactlyElementsOf(hashes);
        assertThat(mappingHashes).hasSize(7).doesNotHaveDuplicates();
        assertThat(workbook.getSheet("Orphan commits (4)").getLastRowNum()).isEqualTo(1);
    }

    @Test
    void shouldNotOpenAnEmptyContinuationSheet() {
        ReportFixture fixture = ReportFixture.create();
        for (int i = 1; i <= 6; i++) {
            fixture.orphan(commit("portal", hash(i), T1, "orphan " + i));
        }

        XSSFWorkbook workbook = Xlsx.write(fixture.build(), new ExcelReportWriter(4));

        assertThat(Xlsx.sheetNames(workbook)).contains("Orphan commits", "Orphan commits (2)")
                .doesNotContain("Orphan commits (3)");
    }

    @Test
    void shouldKeepRowsLinksAndStylesAcrossWriteBatches() {
        int count = SheetWriter.BATCH_ROWS * 2 + 5;
        ReportFixture fixture = ReportFixture.create().repository("legacy", null);
        StoryCommit[] links = new StoryCommit[count];
        for (int i = 0; i < count; i++) {
            Commit commit = commit(i % 3 == 0 ? "legacy" : "portal", hash(i), T1.plusSeconds(i), "change " + i);
            fixture.linked(commit, "ABC-1");
            links[i] = link(commit);
        }
        fixture.story(story("ABC-1", "Huge"), StoryCategory.WITH_COMMITS, links);

        XSSFWorkbook workbook = Xlsx.write(fixture.build());

        XSSFSheet mapping = workbook.getSheet("Story ↔ commit mapping");
        assertThat(mapping.getLastRowNum()).isEqualTo(count);
        assertThat(mapping.getHyperlinkList()).as("one story link per batch, one per portal commit")
                .hasSize(3 + count - (count + 2) / 3);
        Map<String, String> addresses = addresses(mapping);
        for (int r = 1; r <= count; r++) {
            int i = r - 1;
            assertThat(addresses.get(r + ",0")).isEqualTo(ReportFixture.JIRA + "ABC-1");
            assertThat(addresses.get(r + ",4")).isEqualTo(i % 3 == 0 ? null : ReportFixture.PORTAL_URL + hash(i));
            Cell hashCell = mapping.getRow(r).getCell(4);
            assertThat(workbook.getFontAt(hashCell.getCellStyle().getFontIndex()).getUnderline())
                    .as("row %d", r).isEqualTo(i % 3 == 0 ? (byte) 0 : (byte) 1);
            Cell date = mapping.getRow(r).getCell(5);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(dateOf(date)).isEqualTo(LocalDateTime.ofInstant(T1.plusSeconds(i), ZoneOffset.UTC));
        }
    }

    @Test
    void shouldStopLinkingAtTheHyperlinkLimitOfASheet() {
        ReportFixture fixture = ReportFixture.create();
        for (int i = 1; i <= 5; i++) {
            fixture.orphan(commit("portal", hash(i), T1, "orphan " + i));
        }

        XSSFWorkbook workbook = Xlsx.write(fixture.build(), new ExcelReportWriter(4, 2));

        XSSFSheet first = workbook.getSheet("Orphan commits");
        assertThat(address(first, 1, 1)).isNotNull();
        assertThat(address(first, 2, 1)).isNotNull();
        assertThat(address(first, 3, 1)).isNull();
        assertThat(Xlsx.cell(first, 3, 1).getStringCellValue()).isEqualTo("0000003");
        XSSFSheet second = workbook.getSheet("Orphan commits (2)");
        assertThat(address(second, 1, 1)).as("the limit is per sheet").isNotNull();
    }

    @Test
    void shouldShortenContinuationNamesToExcelsLimit() {
        assertThat(SheetWriter.sheetName("Story ↔ commit mapping", 2)).isEqualTo("Story ↔ commit mapping (2)");
        assertThat(SheetWriter.sheetName("A name that is exactly 31 chars", 12))
                .isEqualTo("A name that is exactly 31 (12)").hasSizeLessThanOrEqualTo(31);
        assertThat(SheetWriter.sheetName("x".repeat(40), 1)).hasSize(31);
    }

    @Test
    void shouldRejectARowLimitOutsideExcelsRange() {
        assertThatThrownBy(() -> new ExcelReportWriter(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExcelReportWriter(ExcelReportWriter.EXCEL_MAX_ROWS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ExcelReportWriter().maxRowsPerSheet()).isEqualTo(1_048_576);
    }

    @Test
    void shouldFlushButNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @java.lang.Override
            public void write(int b) {
                bytes.write(b);
            }

            @java.lang.Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @java.lang.Override
            public void close() {
                closed[0] = true;
            }
        };

        new ExcelReportWriter().write(standard().build(), out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.size()).isPositive();
    }

    static void assertFrozenAndFiltered(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as(sheet.getSheetName()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).as(sheet.getSheetName()).isZero();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
        String lastColumn = CellReference.convertNumToColString(sheet.getRow(0).getLastCellNum() - 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                .isEqualTo("A1:" + lastColumn + (sheet.getLastRowNum() + 1));
    }

    static List<Cell> allCells(XSSFWorkbook workbook) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (Row row : workbook.getSheetAt(i)) {
                for (Cell cell : row) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** Returns the address of every linked cell, keyed {@code "row,col"}. */
    private static Map<String, String> addresses(XSSFSheet sheet) {
        Map<String, String> addresses = new HashMap<>();
        for (XSSFHyperlink link : sheet.getHyperlinkList()) {
            for (int r = link.getFirstRow(); r <= link.getLastRow(); r++) {
                for (int c = link.getFirstColumn(); c <= link.getLastColumn(); c++) {
                    assertThat(addresses.put(r + "," + c, link.getAddress())).as("one link per cell").isNull();
                }
            }
        }
        return addresses;
    }

    private static String address(XSSFSheet sheet, int row, int col) {
        XSSFHyperlink link = sheet.getHyperlink(row, col);
        return link == null ? null : link.getAddress();
    }

    private static LocalDateTime dateOf(Cell cell) {
        return DateUtil.getLocalDateTime(cell.getNumericCellValue());
    }

    /** Returns the text of each cell up to the last one, non-text and blank cells as {@code null}. */
    private static List<String> rowText(Row row) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
        }
        while (!values.isEmpty() && values.get(values.size() - 1) == null) {
            values.remove(values.size() - 1);
        }
        return values;
    }

    private static Cell findValue(XSSFSheet sheet, String item) {
        return findRow(sheet, item).getCell(1);
    }

    private static Row findRow(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }
}
