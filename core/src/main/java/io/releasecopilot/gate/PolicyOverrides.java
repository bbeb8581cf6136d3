package io.releasecopilot.gate;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies limits given as flags (CLI options, Jenkins step parameters, pipe variables) on top of a policy
 * from a file or {@link Policy#defaults()}. What the flags are called is each front end's concern; this is
 * the typed API they share.
 */
public final class PolicyOverrides {

    private PolicyOverrides() {
    }

    /**
     * Returns {@code base} with the given limits in force.
     *
     * <p>A flag replaces one level of one metric: {@code new Threshold(null, 3.0)} for
     * {@link Metric#ORPHAN_COMMITS} sets its FAIL limit to 3 and keeps the base's WARN limit. Every limit is
     * checked as a policy file's would be, and so is the WARN/FAIL order of each metric after merging.
     *
     * @param base        the policy to start from
     * @param flags       limits per metric; a {@code null} level is "not given", not "no limit"
     * @param ignoreTypes issue types to ignore instead of the base's, or {@code null} to keep the base's
     * @param source      where the flags came from, named in messages and appended to the policy's source
     *                    ({@code "command line"}, {@code "step parameters"})
     * @return the merged policy; {@code base} itself when nothing was given
     * @throws io.releasecopilot.common.UsageException naming {@code source} when a limit is invalid
     */
    public static Policy apply(Policy base, Map<Metric, Threshold> flags, Set<String> ignoreTypes, String source) {
        boolean anyLimit = flags.values().stream().anyMatch(t -> t != null && (t.warn() != null || t.fail() != null));
        if (!anyLimit && ignoreTypes == null) {
            return base;
        }
        Map<Metric, Threshold> merged = new EnumMap<>(Metric.class);
        merged.putAll(base.thresholds());
        for (Map.Entry<Metric, Threshold> flag : flags.entrySet()) {
            Metric metric = flag.getKey();
            Threshold given = flag.getValue();
            if (given == null || given.warn() == null && given.fail() == null) {
                continue;
            }
            Threshold before = merged.getOrDefault(metric, new Threshold(null, null));
            Double warn = level(source, metric, "warn", given.warn(), before.warn());
            Double fail = level(source, metric, "fail", given.fail(), before.fail());
            Threshold after = new Threshold(warn, fail);
            Limits.checkOrder(source, metric.id(), metric, after);
            merged.put(metric, after);
        }
        Set<String> ignored = ignoreTypes == null ? base.ignoredIssueTypes() : ignoreTypes;
        return new Policy(merged, ignored, base.source() + " + " + source);
    }

    private static Double level(String source, Metric metric, String level, Double given, Double before) {
        if (given == null) {
            return before;
        }
        Limits.checkValue(source, metric.id() + "." + level, metric, given);
        return given;
    }
}
