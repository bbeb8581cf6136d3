package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.model.Repository;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.live.FetchRequest;
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
        out.println(plan.options().fetchesLive()
                ? "Dry run: flags, files and paths checked; no request is made and nothing is written."
                : "Dry run: the cache was read and every check of a real run passed; nothing is written.");
        if (plan.options().fetchesLive()) {
            printLive(plan.options().live());
        }
        if (plan.options().git() != null) {
            out.println("Git          " + plan.options().git().gitDir() + " " + String.join(", ",
                    plan.options().git().branches()) + " " + plan.options().git().describe());
        }
        CachePlan cache = plan.cache();
        if (cache == null) {
            out.println("Cache        " + plan.options().cacheDir() + " (new)");
        } else {
            out.println("Fix version  " + cache.fixVersion());
            out.printf(Locale.ROOT, "Cache        %s (%s), %d files, %.1f MB%n", cache.cacheDir(), cache.layout(),
                    cache.files().size(), cache.totalBytes() / 1_000_000.0);
            for (Repository repository : cache.repositories()) {
                out.println("  repository " + repository.name() + " "
                        + repository.flavor().name().toLowerCase(Locale.ROOT) + " refs "
                        + String.join(", ", repository.refs()));
            }
            if (plan.options().selection() != null && !plan.options().selection().all()) {
                out.println("  selected   " + plan.options().selection().describe());
            }
            for (String warning : cache.warnings()) {
                out.println("  warning: " + warning);
            }
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

    private void printLive(FetchRequest live) {
        out.println("Fix version  " + live.fixVersion());
        out.println("Jira         " + live.jira().site() + " (" + live.jira().flavor().name().toLowerCase(Locale.ROOT)
                + ")");
        out.println("  JQL        " + live.jql());
        BitbucketSource bitbucket = live.bitbucket();
        if (bitbucket != null) {
            out.println("Bitbucket    " + bitbucket.baseUrl() + " ("
                    + bitbucket.flavor().name().toLowerCase(Locale.ROOT) + ") " + bitbucket.workspace());
            for (String repo : bitbucket.repos()) {
                out.println("  repository " + repo + " refs " + String.join(", ", bitbucket.branches())
                        + (bitbucket.sinceRef() == null ? "" : " since-ref " + bitbucket.sinceRef()));
            }
        }
    }

    private static String level(String label, Double value) {
        if (value == null) {
            return "";
        }
        return label + (value == Math.rint(value) ? " " + value.longValue() : " " + value);
    }
}
