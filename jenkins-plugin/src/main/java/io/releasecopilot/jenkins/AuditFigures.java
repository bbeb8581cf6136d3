package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a build keeps of one audit in build.xml: the fix version, the verdict with its reasons, the figures, the
 * coverage, the time, the scope pairs and the incomplete fetches (at most {@value #INCOMPLETE_LINES} lines of one
 * line each); every text on one line, a reason at most {@value #REASON_CHARS} characters. A few hundred bytes whatever the size of the release: the rows are in the archived report, read
 * when a page asks ({@link ReportRows}).
 */
public final class AuditFigures {

    /** How many incomplete fetches build.xml keeps; the rest are counted in one more line. */
    static final int INCOMPLETE_LINES = 5;
    /**
     * How long a reason build.xml keeps may be: the gate's metric reasons are far shorter, but the reason of
     * incomplete data names every incomplete fetch (the step's error message keeps it whole).
     */
    static final int REASON_CHARS = 320;

    private final String fixVersion;
    private final String status;
    private final String generatedAt;
    private final double coverage;
    private final LinkedHashMap<String, Integer> counts;
    private final ArrayList<String> reasons;
    private final LinkedHashMap<String, String> scope;
    /** {@code null} in build.xml of a version before it. */
    private final ArrayList<String> incompleteData;

    private AuditFigures(AuditSummary summary) {
        fixVersion = summary.fixVersion;
        status = summary.status;
        generatedAt = summary.generatedAt;
        coverage = summary.coverage;
        counts = summary.counts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(summary.counts);
        reasons = new ArrayList<>();
        if (summary.reasons != null) {
            summary.reasons.forEach(reason -> reasons.add(AuditDigest.shorten(reason, REASON_CHARS)));
        }
        scope = summary.scope == null ? new LinkedHashMap<>() : new LinkedHashMap<>(summary.scope);
        incompleteData = incomplete(summary.getIncompleteData());
    }

    private static ArrayList<String> incomplete(List<String> fetches) {
        ArrayList<String> lines = new ArrayList<>();
        fetches.stream().limit(INCOMPLETE_LINES).map(AuditDigest::shorten).forEach(lines::add);
        if (fetches.size() > INCOMPLETE_LINES) {
            lines.add("and " + (fetches.size() - INCOMPLETE_LINES) + " more (see the report)");
        }
        return lines;
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

    /**
     * Returns the fetches the audited data lacks the end of, one line each (the first {@value #INCOMPLETE_LINES},
     * then how many more); empty when the data is complete.
     */
    public List<String> getIncompleteData() {
        return incompleteData == null ? List.of() : Collections.unmodifiableList(incompleteData);
    }

    /** Returns the scope pairs. */
    public Map<String, String> getScope() {
        return Collections.unmodifiableMap(scope);
    }
}
