package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.List;

/** Trend points as the job's builds would give them: newest first, with a hostile fix version in one. */
final class TrendFixtures {

    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private TrendFixtures() {
    }

    /** Returns a build's figures. */
    static AuditSummary summary(String fixVersion, String status, double coverage, int without, int orphans,
            int outOfScope) {
        AuditSummary summary = new AuditSummary();
        summary.fixVersion = fixVersion;
        summary.status = status;
        summary.coverage = coverage;
        summary.counts.put("storiesTotal", 50);
        summary.counts.put("storiesWithoutCommits", without);
        summary.counts.put("storiesRevertedOnly", 1);
        summary.counts.put("commitsTotal", 400);
        summary.counts.put("orphanCommits", orphans);
        summary.counts.put("outOfScopeCommits", outOfScope);
        return summary;
    }

    /** Returns builds #5 down to #1 of job {@code app}. */
    static List<TrendPoint> newestFirst() {
        List<TrendPoint> points = new ArrayList<>();
        String[] statuses = {"PASS", "WARN", "FAIL", "WARN", "PASS"};
        double[] coverages = {0.62, 0.7, 0.77, 0.85, 0.9};
        for (int number = 5; number >= 1; number--) {
            String version = number == 3 ? HOSTILE : "2026.0" + number + ".0";
            points.add(new TrendPoint(number, "#" + number, "job/app/" + number + "/", "v" + number,
                    AuditFigures.of(summary(version, statuses[number - 1], coverages[number - 1], 10 - number,
                            20 - 2 * number, number))));
        }
        return points;
    }
}
