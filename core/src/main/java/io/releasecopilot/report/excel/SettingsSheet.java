package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.CommitOverride;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.gate.Threshold;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The {@code Settings} tab: what was in force, one item per row, the first column naming the section
 * (audited project, extra project, ignored issue type, exemption, override, policy, threshold, source,
 * warning). Columns a section does not use stay blank.
 */
final class SettingsSheet {

    static final String NAME = "Settings";
    static final List<Column> COLUMNS = List.of(
            new Column("Section", 20),
            new Column("Name", 28),
            new Column("Value", 40),
            new Column("Repository", 18),
            new Column("Add keys", 24),
            new Column("Exempt", 9),
            new Column("Warn", 10),
            new Column("Fail", 10),
            new Column("Detail", 60));

    private static final int SECTION = 0;
    private static final int NAME_COL = 1;
    private static final int VALUE = 2;
    private static final int REPO = 3;
    private static final int ADD_KEYS = 4;
    private static final int EXEMPT = 5;
    private static final int WARN = 6;
    private static final int FAIL = 7;
    private static final int DETAIL = 8;

    private SettingsSheet() {
    }

    static void write(SheetContext context) {
        AuditResult result = context.result();
        CorrelationSettings settings = result.settings();
        Policy policy = context.report().policy();
        SheetWriter sheet = context.sheet(NAME, COLUMNS);

        names(sheet, "Audited project", result.auditedProjects());
        names(sheet, "Extra project", sorted(settings.extraProjects()));
        names(sheet, "Ignored issue type", sorted(settings.ignoredIssueTypes()));
        for (Exemption exemption : settings.exemptions()) {
            sheet.startRow();
            sheet.text(SECTION, "Exemption");
            sheet.text(NAME_COL, exemption.kind().name().toLowerCase(Locale.ROOT));
            sheet.text(VALUE, exemption.value());
            sheet.text(DETAIL, exemption.describe());
        }
        if (settings.overridesFile() != null) {
            item(sheet, "Overrides file", settings.overridesFile());
        }
        for (CommitOverride override : settings.overrides()) {
            sheet.startRow();
            sheet.text(SECTION, "Override");
            sheet.text(NAME_COL, override.hash());
            sheet.text(REPO, override.repo());
            sheet.text(ADD_KEYS, SheetContext.join(override.addKeys()));
            sheet.bool(EXEMPT, override.exempt());
            sheet.text(DETAIL, override.reason());
        }
        item(sheet, "Policy source", policy.source());
        names(sheet, "Policy ignored issue type", sorted(policy.ignoredIssueTypes()));
        for (Map.Entry<Metric, Threshold> entry : policy.thresholds().entrySet()) {
            Metric metric = entry.getKey();
            Threshold threshold = entry.getValue();
            String format = metric.isShare() ? SheetWriter.PERCENT_FORMAT : SheetWriter.INTEGER_FORMAT;
            sheet.startRow();
            sheet.text(SECTION, "Threshold");
            sheet.text(NAME_COL, metric.id());
            sheet.text(VALUE, metric.isMinimum() ? "minimum" : "maximum");
            sheet.number(WARN, threshold == null ? null : threshold.warn(), format);
            sheet.number(FAIL, threshold == null ? null : threshold.fail(), format);
        }
        for (String source : result.input().sources()) {
            item(sheet, "Source", source);
        }
        for (String warning : result.input().warnings()) {
            item(sheet, "Warning", warning);
        }
        for (String warning : result.warnings()) {
            item(sheet, "Warning", warning);
        }
        item(sheet, "Tool version", context.report().toolVersion());
        sheet.finish();
    }

    private static void names(SheetWriter sheet, String section, Collection<String> names) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            sheet.startRow();
            sheet.text(SECTION, section);
            sheet.text(NAME_COL, name);
        }
    }

    private static void item(SheetWriter sheet, String section, String value) {
        sheet.startRow();
        sheet.text(SECTION, section);
        sheet.text(VALUE, value);
    }

    private static Collection<String> sorted(Collection<String> values) {
        return values == null ? List.of() : new TreeSet<>(values);
    }
}
