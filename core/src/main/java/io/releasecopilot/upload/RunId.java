package io.releasecopilot.upload;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The id of one upload: the UTC time and 8 random hex digits ({@code 20261124T032001Z-3fa9c2e1}). Ids sort
 * by time; two runs in the same second still differ, so a run never lands on an earlier run's keys.
 */
public final class RunId {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    /** Returns a new id for a run that starts now. */
    public static String next(Clock clock) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    }
}
