package io.releasecopilot.gate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The gate's thresholds and the story filters that go with them (README.md, "Gate policy").
 *
 * @param thresholds        limits per metric; a metric without an entry is not checked
 * @param ignoredIssueTypes issue type names (case-insensitive) left out of the audit's stories
 * @param source            where the policy came from ({@code policy.yml}, {@code flags}, {@code defaults})
 */
public record Policy(Map<Metric, Threshold> thresholds, Set<String> ignoredIssueTypes, String source) {

    public Policy {
        thresholds = thresholds.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(thresholds));
        ignoredIssueTypes = Set.copyOf(ignoredIssueTypes == null ? Set.of() : ignoredIssueTypes);
    }

    /**
     * Returns the policy used when none is configured: any gap is a WARN, nothing is a FAIL.
     * Stories without commits, reverted-only stories, orphan and out-of-scope commits each warn above zero.
     */
    public static Policy defaults() {
        Map<Metric, Threshold> limits = new EnumMap<>(Metric.class);
        limits.put(Metric.STORIES_WITHOUT_COMMITS, Threshold.warnAt(0));
        limits.put(Metric.STORIES_REVERTED_ONLY, Threshold.warnAt(0));
        limits.put(Metric.ORPHAN_COMMITS, Threshold.warnAt(0));
        limits.put(Metric.OUT_OF_SCOPE_COMMITS, Threshold.warnAt(0));
        return new Policy(limits, Set.of(), "defaults");
    }
}
