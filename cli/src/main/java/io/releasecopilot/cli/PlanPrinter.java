package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.model.Repository;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Prints what {@code rc audit --dry-run} would read and write. */
final class PlanPrinter {

    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(AuditPlan plan) {
        CachePlan cache = plan.cache();
        out.println("Dry run: nothing is read beyond the manifest and nothing is written.");
        out.println("Fix version  " + cache.fixVersion());
        out.printf(Locale.ROOT, "Cache        %s (%s), %d files, %.1f MB%n", cache.cacheDir(), cache.layout(),
                cache.files().size(), cache.totalBytes() / 1_000_000.0);
        for (Repository repository : cache.repositories()) {
            out.println("  repository " + repository.name() + " " + repository.flavor().name().toLowerCase(Locale.ROOT)
                    + " refs " + String.join(", ", repository.refs()));
        }
        for (String warning : cache.warnings()) {
            out.println("  warning: " + warning);
        }
        out.println("Policy       " + plan.policy().source());
        for (Map.Entry<Metric, Threshold> limit : plan.policy().thresholds().entrySet()) {
            out.println("  " + limit.getKey().id() + level(" warn", limit.getValue().warn())
                    + level(" fail", limit.getValue().fail()));
        }
        if (!plan.policy().ignoredIssueTypes().isEmpty()) {
            out.println("  ignored issue types: " + String.join(", ", plan.policy().ignoredIssueTypes()));
        }
        out.println("Would write");
        for (Path path : plan.outputs()) {
            out.println("  " + path);
        }
        out.flush();
    }

    private static String level(String label, Double value) {
        if (value == null) {
            return "";
        }
        return label + (value == Math.rint(value) ? " " + value.longValue() : " " + value);
    }
}
