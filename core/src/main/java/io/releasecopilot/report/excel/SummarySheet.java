package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.report.AuditReport;
import java.util.List;
import java.util.Map;

/** The {@code Summary} tab: scope, key figures, gate verdict, one item per row. */
final class SummarySheet {

    static final String NAME = "Summary";
    static final List<Column> COLUMNS = List.of(new Column("Item", 30), new Column("Value", 80));

    private SummarySheet() {
    }

    static void write(SheetContext context) {
        AuditReport report = context.report();
        AuditCounts counts = context.result().counts();
        SheetWriter sheet = context.sheet(NAME, COLUMNS);

        text(sheet, "Fix version", report.result().fixVersion());
        sheet.startRow();
        sheet.text(0, "Generated at (UTC)");
        sheet.date(1, report.generatedAt());
        text(sheet, "Tool version", report.toolVersion());
        for (Map.Entry<String, String> pair : report.scope().entrySet()) {
            text(sheet, "Scope: " + pair.getKey(), pair.getValue());
        }
        if (counts != null) {
            count(sheet, "Stories total", counts.storiesTotal());
            count(sheet, "Stories with commits", counts.storiesWithCommits());
            count(sheet, "Stories without commits", counts.storiesWithoutCommits());
            count(sheet, "Stories reverted only", counts.storiesRevertedOnly());
            sheet.startRow();
            sheet.text(0, "Coverage");
            sheet.number(1, counts.coverage(), SheetWriter.PERCENT_FORMAT);
            count(sheet, "Commits total", counts.commitsTotal());
            count(sheet, "Linked commits", counts.linkedCommits());
            count(sheet, "Orphan commits", counts.orphanCommits());
            count(sheet, "Out-of-scope commits", counts.outOfScopeCommits());
            count(sheet, "Exempt commits", counts.exemptCommits());
        }
        GateResult gate = report.gate();
        text(sheet, "Gate status", gate.status().name());
        for (String reason : gate.reasons()) {
            text(sheet, "Gate reason", reason);
        }
        for (String fetch : gate.incompleteData()) {
            text(sheet, "Incomplete data", fetch);
        }
        var projects = context.result().auditedProjects();
        text(sheet, "Audited projects", projects == null ? null : String.join(", ", projects));
        sheet.finish();
    }

    private static void text(SheetWriter sheet, String item, String value) {
        sheet.startRow();
        sheet.text(0, item);
        sheet.text(1, value);
    }

    private static void count(SheetWriter sheet, String item, int value) {
        sheet.startRow();
        sheet.text(0, item);
        sheet.number(1, value, SheetWriter.INTEGER_FORMAT);
    }
}
