package io.releasecopilot.gate;

/**
 * The WARN and FAIL limits of one metric; either may be {@code null} (no limit at that level).
 * For a maximum the verdict is reached when the value is above the limit, for a minimum when below.
 *
 * @param warn the WARN limit, or {@code null}
 * @param fail the FAIL limit, or {@code null}
 */
public record Threshold(Double warn, Double fail) {

    /** Returns a threshold with only a FAIL limit. */
    public static Threshold failAt(double limit) {
        return new Threshold(null, limit);
    }

    /** Returns a threshold with only a WARN limit. */
    public static Threshold warnAt(double limit) {
        return new Threshold(limit, null);
    }
}
