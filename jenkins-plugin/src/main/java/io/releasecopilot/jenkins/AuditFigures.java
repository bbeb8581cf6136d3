package io.releasecopilot.jenkins;

import java.util.List;

/**
 * What a build keeps of one audit in build.xml: the fix version, the verdict with its reasons, the figures, the
 * coverage, the time, the scope pairs and the incomplete fetches (at most {@value #INCOMPLETE_LINES} lines of one
 * line each); every text on one line, a reason at most {@value #REASON_CHARS} characters. A few hundred bytes
 * whatever the size of the release: the rows are in the archived report, read when a page asks
 * ({@link ReportRows}). The getters are {@link AuditFacts}'s.
 */
public final class AuditFigures extends AuditFacts {

    private static final long serialVersionUID = 1L;

    /** How many incomplete fetches build.xml keeps; the rest are counted in one more line. */
    static final int INCOMPLETE_LINES = 5;
    /**
     * How long a reason build.xml keeps may be: the gate's metric reasons are far shorter, but the reason of
     * incomplete data names every incomplete fetch (the step's error message keeps it whole).
     */
    static final int REASON_CHARS = 320;

    private AuditFigures(AuditSummary summary) {
        fixVersion = summary.fixVersion;
        status = summary.status;
        generatedAt = summary.generatedAt;
        coverage = summary.coverage;
        if (summary.counts != null) {
            counts.putAll(summary.counts);
        }
        if (summary.reasons != null) {
            summary.reasons.forEach(reason -> reasons.add(AuditDigest.shorten(reason, REASON_CHARS)));
        }
        if (summary.scope != null) {
            scope.putAll(summary.scope);
        }
        List<String> fetches = summary.getIncompleteData();
        fetches.stream().limit(INCOMPLETE_LINES).map(AuditDigest::shorten).forEach(incompleteData::add);
        if (fetches.size() > INCOMPLETE_LINES) {
            incompleteData.add("and " + (fetches.size() - INCOMPLETE_LINES) + " more (see the report)");
        }
    }

    /** Copies the figures of the audit's summary (also one read from an earlier version's build.xml). */
    static AuditFigures of(AuditSummary summary) {
        return new AuditFigures(summary);
    }
}
