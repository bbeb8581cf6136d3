package io.releasecopilot.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LoggingProgressTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-03-20T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps the lines logged. */
    private static final class Lines implements System.Logger {
        final List<String> lines = new ArrayList<>();

        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            lines.add(msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(params == null ? format : MessageFormat.format(format, params));
        }

        @Override
        public void log(Level level, Supplier<String> supplier) {
            lines.add(supplier.get());
        }
    }

    @Test
    void shouldLogAtMostOncePerIntervalAndOnceAtTheEnd() {
        MovingClock clock = new MovingClock();
        Lines log = new Lines();
        LoggingProgress progress = new LoggingProgress(log, Duration.ofSeconds(5), clock);

        for (int i = 1; i <= 30; i++) {
            clock.now = clock.now.plusMillis(500);
            progress.pageFetched(new FetchProgress.Page("acme/portal", "main", i, 100, i + 1));
        }
        progress.unchanged("acme/api", "main");
        progress.finished(new FetchSummary(Path.of("cache"), 30, 3000, 31, 1, Duration.ofMillis(15_250)));

        assertThat(log.lines).hasSize(4);
        assertThat(log.lines.get(0))
                .isEqualTo("Fetching: 10 pages, 1000 items, 11 requests so far (latest: acme/portal main page 10,"
                        + " 100 items)");
        assertThat(log.lines.get(3))
                .isEqualTo("Fetched 30 pages, 3000 items with 31 requests in 15.3 s; 1 ref had nothing new");
    }
}
