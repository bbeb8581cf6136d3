package io.releasecopilot.report.excel;

import io.releasecopilot.report.AuditReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a report and reads it back with Apache POI. */
final class Xlsx {

    private Xlsx() {
    }

    static XSSFWorkbook write(AuditReport report) {
        return write(report, new ExcelReportWriter());
    }

    static XSSFWorkbook write(AuditReport report, ExcelReportWriter writer) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(report, out);
            return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            header.add(cell.getStringCellValue());
        }
        return header;
    }

    /** Returns the text of one column below the header, blank cells as {@code null}. */
    static List<String> column(Sheet sheet, int col) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(col);
            values.add(cell == null || cell.getCellType() == CellType.BLANK
                    ? null : cell.getStringCellValue());
        }
        return values;
    }

    /** Returns the number of rows below the header. */
    static int dataRows(Sheet sheet) {
        return sheet.getLastRowNum();
    }

    static Cell cell(Sheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col);
    }
}
