package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.report.AuditReport;
import java.util.List;

/**
 * What every tab needs: the workbook, the report, its links and the per-sheet limits.
 *
 * @param workbook the workbook being written
 * @param report   the report
 * @param links    addresses of issues and commits
 * @param maxRows  rows per sheet, header included
 * @param maxLinks hyperlinks per sheet
 */
record SheetContext(XlsxPackage workbook, AuditReport report, Links links, int maxRows, int maxLinks) {

    AuditResult result() {
        return report.result();
    }

    /** Opens a tab; its first sheet is added to the workbook now. */
    SheetWriter sheet(String name, List<Column> columns) {
        return new SheetWriter(workbook, name, columns, maxRows, maxLinks);
    }

    /** Joins values with {@code ", "}; {@code null} when there are none. */
    static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /** Returns the abbreviated hash shown in the commit columns. */
    static String shortHash(String hash) {
        return hash == null || hash.length() <= 7 ? hash : hash.substring(0, 7);
    }
}
