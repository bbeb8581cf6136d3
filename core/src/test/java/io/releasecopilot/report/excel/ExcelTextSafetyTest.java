package io.releasecopilot.report.excel;

import static io.releasecopilot.report.excel.ReportFixture.commit;
import static io.releasecopilot.report.excel.ReportFixture.hash;
import static io.releasecopilot.report.excel.ReportFixture.link;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.CommitOverride;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import io.releasecopilot.report.AuditReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelTextSafetyTest {

    private static final Instant T = Instant.parse("2024-04-10T09:00:00Z");

    /** Hostile inputs and what the cell must hold afterwards. */
    private static final List<String[]> HOSTILE = List.of(
            new String[] {"=1+1", "=1+1"},
            new String[] {"=HYPERLINK(\"http://evil\",\"x\")", "=HYPERLINK(\"http://evil\",\"x\")"},
            new String[] {"+SUM(A1)", "+SUM(A1)"},
            new String[] {"-2+3", "-2+3"},
            new String[] {"@cmd", "@cmd"},
            new String[] {"\tX", "\tX"},
            new String[] {"\rX", "\rX"},
            new String[] {"<script>alert('x')</script> & \"q\"", "<script>alert('x')</script> & \"q\""},
            new String[] {"a\u0000b\u0007c\u000Bd\u000Ce\u001Ff", "abcdef"},
            new String[] {"\u0000=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"},
            new String[] {"lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, \uFFFE\uFFFF end",
                    "lone  high, lone  low, pair \uD83D\uDE00,  end"},
            new String[] {"line one\nline two", "line one\nline two"},
            new String[] {"  padded  ", "  padded  "},
            new String[] {"_x0041_ stays _x005F_ too", "_x0041_ stays _x005F_ too"});

    @Test
    void shouldKeepHostileCommitTextAsPlainText() {
        ReportFixture fixture = ReportFixture.create();
        int n = 0;
        for (String[] hostile : HOSTILE) {
            n++;
            fixture.orphan(new Commit("portal", hash(n), T, hostile[0], null, hostile[0], List.of(hostile[0]), 1));
        }

        XSSFSheet orphans = Xlsx.write(fixture.build()).getSheet("Orphan commits");

        for (int r = 1; r <= HOSTILE.size(); r++) {
            String expected = HOSTILE.get(r - 1)[1];
            String subject = expected.contains("\n") ? expected.substring(0, expected.indexOf('\n')) : expected;
            assertText(orphans, r, 4, expected);
            assertText(orphans, r, 5, expected);
            assertText(orphans, r, 6, subject.strip());
        }
    }

    @Test
    void shouldKeepHostileStoryTextAsPlainText() {
        ReportFixture fixture = ReportFixture.create();
        int n = 0;
        for (String[] hostile : HOSTILE) {
            n++;
            String key = "ABC-" + n;
            Story story = new Story(key, hostile[0], hostile[0], "new", hostile[0], false, null, hostile[0],
                    List.of(hostile[0]), List.of(), List.of(), null, null);
            Commit commit = commit("portal", hash(n), T, key + " x");
            fixture.linked(commit, key).story(story, StoryCategory.REVERTED_ONLY, link(commit));
        }

        XSSFWorkbook workbook = Xlsx.write(fixture.build());

        XSSFSheet stories = workbook.getSheet("Stories without commits");
        XSSFSheet mapping = workbook.getSheet("Story ↔ commit mapping");
        for (int r = 1; r <= HOSTILE.size(); r++) {
            String expected = HOSTILE.get(r - 1)[1];
            for (int col : new int[] {1, 2, 3, 5, 6}) {
                assertText(stories, r, col, expected);
            }
            assertText(mapping, r, 1, expected);
            assertText(mapping, r, 2, expected);
        }
    }

    @Test
    void shouldKeepHostileSummaryAndSettingsTextAsPlainText() {
        String hostile = "=HYPERLINK(\"http://evil\",\"x\")";
        AuditReport report = ReportFixture.create()
                .fixVersion(hostile)
                .scope("@team", "-1+2")
                .settings(new CorrelationSettings(Set.of(), List.of(),
                        List.of(new CommitOverride("abcdef1", "+repo", List.of(), true, "=1+1")), null, Set.of("=Sub")))
                .warning("\tspread")
                .build();

        XSSFWorkbook workbook = Xlsx.write(report);

        XSSFSheet summary = workbook.getSheet("Summary");
        assertText(summary, 1, 1, hostile);
        assertThat(texts(summary)).contains("Scope: @team", "-1+2");
        assertThat(texts(workbook.getSheet("Settings"))).contains("+repo", "=1+1", "=Sub", "\tspread");
        assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Release audit " + hostile);
    }

    @Test
    void shouldGiveFormulaLikeTextTheTextFormatAndNoCellAFormula() {
        ReportFixture fixture = ReportFixture.create();
        int n = 0;
        for (String[] hostile : HOSTILE) {
            n++;
            fixture.orphan(commit("portal", hash(n), T, hostile[0]));
        }

        XSSFWorkbook workbook = Xlsx.write(fixture.fixVersion("=1+1").build());

        List<Cell> cells = ExcelReportWriterTest.allCells(workbook);
        assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
        assertThat(cells).filteredOn(cell -> cell.getCellType() == CellType.STRING
                        && CellText.isFormulaLike(cell.getStringCellValue()))
                .hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(cell -> assertThat(cell.getCellStyle().getDataFormatString())
                        .as("%s!%s", cell.getSheet().getSheetName(), cell.getAddress()).isEqualTo("@"));
        assertThat(Xlsx.cell(workbook.getSheet("Orphan commits"), 1, 4).getCellStyle().getDataFormatString())
                .as("plain text keeps the default format").isEqualTo("General");
    }

    @Test
    void shouldWriteInstantsExcelCannotShowAsText() {
        Instant farFuture = Instant.parse("+10000-01-01T00:00:00Z");
        Instant old = Instant.parse("1850-06-01T00:00:00Z");
        AuditReport report = ReportFixture.create()
                .orphan(commit("portal", hash(1), farFuture, "future"))
                .orphan(commit("portal", hash(2), old, "old"))
                .build();

        XSSFSheet orphans = Xlsx.write(report).getSheet("Orphan commits");

        assertText(orphans, 1, 3, "+10000-01-01T00:00:00Z");
        assertThat(Xlsx.cell(orphans, 2, 3).getStringCellValue()).isEqualTo("1850-06-01T00:00:00Z");
    }

    @Test
    void shouldTruncateTextAtExcelsCellLimitWithAMarker() {
        String longSubject = "=" + "x".repeat(40_000);
        AuditReport report = ReportFixture.create().orphan(commit("portal", hash(1), T, longSubject)).build();

        XSSFSheet orphans = Xlsx.write(report).getSheet("Orphan commits");

        String value = Xlsx.cell(orphans, 1, 6).getStringCellValue();
        assertThat(value).hasSize(CellText.MAX_CHARS).startsWith("=xxx").endsWith(CellText.TRUNCATION_MARKER);
        assertThat(Xlsx.cell(orphans, 1, 6).getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    private static void assertText(XSSFSheet sheet, int row, int col, String expected) {
        Cell cell = Xlsx.cell(sheet, row, col);
        String where = sheet.getSheetName() + "!" + cell.getAddress();
        assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected);
        if (CellText.isFormulaLike(expected)) {
            assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo("@");
        }
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (var row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
