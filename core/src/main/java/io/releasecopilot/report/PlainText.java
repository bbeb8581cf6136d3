package io.releasecopilot.report;

import io.releasecopilot.correlate.AuditCounts;

/** Helpers for the plain-text figures of reports; untrusted text goes through {@code UntrustedText}. */
public final class PlainText {

    private PlainText() {
    }

    /** Returns the coverage as a percentage with one decimal, rounded down so 100.0 means every story. */
    static String percent(AuditCounts counts) {
        long tenths = counts.storiesTotal() == 0
                ? 1000
                : counts.storiesWithCommits() * 1000L / counts.storiesTotal();
        return tenths / 10 + "." + tenths % 10 + " %";
    }
}
