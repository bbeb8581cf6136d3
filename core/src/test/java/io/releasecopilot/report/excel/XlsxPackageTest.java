package io.releasecopilot.report.excel;

import static io.releasecopilot.report.excel.ReportFixture.commit;
import static io.releasecopilot.report.excel.ReportFixture.hash;
import static io.releasecopilot.report.excel.ReportFixture.link;
import static io.releasecopilot.report.excel.ReportFixture.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.model.Commit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

/** The hand-written package: every part typed and related, and what Excel adds to a filtered sheet. */
class XlsxPackageTest {

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private static final Instant T = Instant.parse("2024-04-10T09:00:00Z");

    private static byte[] workbook() throws IOException {
        Commit linked = commit("portal", hash(1), T, "ABC-1 <b>&amp;</b> \"quoted\"");
        ReportFixture fixture = ReportFixture.create()
                .story(story("ABC-1", "Login & logout"), StoryCategory.WITH_COMMITS, link(linked))
                .story(story("ABC-2", "  padded  "), StoryCategory.WITHOUT_COMMITS)
                .linked(linked, "ABC-1")
                .orphan(commit("portal", hash(2), T, "=1+1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelReportWriter().write(fixture.build(), out);
        return out.toByteArray();
    }

    @Test
    void shouldTypeEveryPartAndResolveEveryRelationship() throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook()))) {
            List<String> types = new ArrayList<>();
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart()) {
                    continue;
                }
                types.add(part.getPartName().getName() + " " + part.getContentType());
                for (PackageRelationship relation : part.getRelationships()) {
                    if (relation.getTargetMode() == TargetMode.INTERNAL) {
                        assertThat(part.getRelatedPart(relation)).as("%s → %s", part.getPartName(), relation.getTargetURI())
                                .isNotNull();
                    }
                }
            }
            assertThat(types).contains(
                    "/xl/workbook.xml application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "/xl/styles.xml application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
                    "/xl/worksheets/sheet1.xml application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                    "/docProps/core.xml application/vnd.openxmlformats-package.core-properties+xml");
        }
    }

    @Test
    void shouldNameEachSheetsFilterRangeAsExcelDoes() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook()));

        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            XSSFName name = workbook.getName("_xlnm._FilterDatabase");
            List<String> formulas = new ArrayList<>();
            for (XSSFName each : workbook.getNames("_xlnm._FilterDatabase")) {
                if (each.getSheetIndex() == i) {
                    formulas.add(each.getRefersToFormula());
                }
            }
            String ref = sheet.getCTWorksheet().getAutoFilter().getRef().replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
            assertThat(name).isNotNull();
            assertThat(formulas).as(sheet.getSheetName()).containsExactly("'" + sheet.getSheetName() + "'!" + ref);
        }
        assertThat(workbook.getSheetAt(0).isSelected()).isTrue();
        assertThat(workbook.getSheetAt(1).isSelected()).isFalse();
    }

    /**
     * Excel refuses (or "repairs") a part whose elements are out of the schema's order, which POI's reading does not
     * notice; XMLBeans validates each part against the SpreadsheetML schema.
     */
    @Test
    void shouldMatchTheSpreadsheetMlSchema() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbook()));
        List<XmlObject> parts = new ArrayList<>();
        parts.add(workbook.getCTWorkbook());
        parts.add(workbook.getStylesSource().getCTStylesheet());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            parts.add(workbook.getSheetAt(i).getCTWorksheet());
        }

        for (XmlObject part : parts) {
            List<XmlError> errors = new ArrayList<>();
            part.validate(new XmlOptions().setErrorListener(errors));
            // Excel itself writes xml:space="preserve" on text with edge spaces; the schema leaves it undeclared
            assertThat(errors).as(part.schemaType().getName().toString())
                    .filteredOn(error -> !error.getMessage().contains("space@" + XML_NAMESPACE))
                    .isEmpty();
        }
    }
}
