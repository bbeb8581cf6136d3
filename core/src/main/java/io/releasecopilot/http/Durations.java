package io.releasecopilot.http;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in log lines: {@code 2.0 s}, {@code 0.5 s}, {@code 120.0 s}. */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
