package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build keeps of one audit in build.xml: the fix version, the verdict with its reasons, the figures, the
 * coverage, the time and the scope pairs. A few hundred bytes whatever the size of the release: the rows are in
 * the archived report, read when a page asks ({@link ReportRows}).
 */
public final class AuditFigures {

    private final String fixVersion;
    private final String status;
    private final String generatedAt;
    private final double coverage;
    private final LinkedHashMap<String, Integer> counts;
    private final ArrayList<String> reasons;
    private final LinkedHashMap<String, String> scope;

    private AuditFigures(AuditSummary summary) {
        fixVersion = summary.fixVersion;
        status = summary.status;
        generatedAt = summary.generatedAt;
        coverage = summary.coverage;
        counts = summary.counts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(summary.counts);
        reasons = summary.reasons == null ? new ArrayList<>() : new ArrayList<>(summary.reasons);
        scope = summary.scope == null ? new LinkedHashMap<>() : new LinkedHashMap<>(summary.scope);
    }

    /** Copies the figures of the audit's summary (also one read from an earlier version's build.xml). */
    static AuditFigures of(AuditSummary summary) {
        return new AuditFigures(summary);
    }

    /** Returns the fix version. */
    public String getFixVersion() {
        return fixVersion;
    }

    /** Returns the gate verdict: PASS, WARN or FAIL. */
    public String getStatus() {
        return status;
    }

    /** Returns when the report was made (ISO-8601, UTC). */
    public String getGeneratedAt() {
        return generatedAt;
    }

    /** Returns the share of stories with commits, 0..1. */
    public double getCoverage() {
        return coverage;
    }

    /** Returns a figure by its summary-JSON name, 0 when unknown. */
    public int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    /** Returns the figures by name. */
    public Map<String, Integer> getCounts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Returns the gate's reasons, FAIL reasons first. */
    public List<String> getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** Returns the scope pairs. */
    public Map<String, String> getScope() {
        return Collections.unmodifiableMap(scope);
    }
}
