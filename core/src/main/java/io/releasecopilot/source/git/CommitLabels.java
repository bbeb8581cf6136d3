package io.releasecopilot.source.git;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.lib.AnyObjectId;

/** Small helpers for the one-line texts of errors and warnings. */
final class CommitLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private CommitLabels() {
    }

    /** Returns the seven-digit abbreviation of a commit id. */
    static String shortHash(AnyObjectId id) {
        return id.abbreviate(7).name();
    }

    /** Returns the UTC day of an instant ({@code 2024-03-01}). */
    static String day(Instant when) {
        return DAY.format(when);
    }
}
