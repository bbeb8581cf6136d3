package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import java.util.Locale;

/**
 * Reads a gate-limit parameter name the way the CLI's flags read: {@code max<Metric>} and {@code min<Metric>} set
 * the FAIL level, {@code warn<Metric>} the WARN level, where {@code <Metric>} is the metric's policy id with a
 * capital first letter ({@code maxOrphanCommits}, {@code minCoverage}, {@code warnCoverage}). No table to keep in
 * step with the core: a new metric is a new parameter name.
 */
final class GateLimitParameter {

    private GateLimitParameter() {
    }

    /** Returns the metric the parameter limits. */
    static Metric metric(String parameter) {
        String id = parameter.replaceFirst("^(max|min|warn)", "");
        if (id.equals(parameter) || id.isEmpty()) {
            throw new UsageException("'" + parameter + "' is not a gate limit parameter");
        }
        String metricId = id.substring(0, 1).toLowerCase(Locale.ROOT) + id.substring(1);
        Metric metric = Metric.fromId(metricId)
                .orElseThrow(() -> new UsageException("'" + parameter + "': no gate metric '" + metricId + "'"));
        boolean minimum = parameter.startsWith("min");
        if (!parameter.startsWith("warn") && minimum != metric.isMinimum()) {
            throw new UsageException("'" + parameter + "': " + metricId + " takes "
                    + (metric.isMinimum() ? "a minimum" : "a maximum"));
        }
        return metric;
    }

    /** Returns the threshold the parameter's value sets: a WARN level for {@code warn...}, else a FAIL level. */
    static Threshold threshold(String parameter, double value) {
        return parameter.startsWith("warn") ? Threshold.warnAt(value) : Threshold.failAt(value);
    }
}
