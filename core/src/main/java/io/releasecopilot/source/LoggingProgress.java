package io.releasecopilot.source;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress for a log rather than a terminal: one INFO line at most every few seconds with the pages, items and
 * requests so far and the latest page, and one line when the fetch ends. Uses {@link System.Logger}
 * ({@code io.releasecopilot.source.LoggingProgress}).
 */
public final class LoggingProgress implements FetchProgress {

    /** The default time between two progress lines. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final Logger log;
    private final Duration interval;
    private final Clock clock;
    private Instant lastLine;
    private int pages;
    private long items;
    private int unchanged;

    /** Logs at most every {@link #DEFAULT_INTERVAL}. */
    public LoggingProgress() {
        this(System.getLogger(LoggingProgress.class.getName()), DEFAULT_INTERVAL, Clock.systemUTC());
    }

    LoggingProgress(Logger log, Duration interval, Clock clock) {
        this.log = log;
        this.interval = interval;
        this.clock = clock;
        this.lastLine = clock.instant();
    }

    @Override
    public void pageFetched(Page page) {
        pages++;
        items += page.items();
        Instant now = clock.instant();
        if (Duration.between(lastLine, now).compareTo(interval) >= 0) {
            lastLine = now;
            log.log(Level.INFO, String.format(Locale.ROOT, "Fetching: %d pages, %d items, %d requests so far"
                    + " (latest: %s%s page %d, %d items)", pages, items, page.requests(), page.source(),
                    page.ref() == null ? "" : " " + page.ref(), page.page(), page.items()));
        }
    }

    @Override
    public void unchanged(String source, String ref) {
        unchanged++;
    }

    @Override
    public void finished(FetchSummary summary) {
        log.log(Level.INFO, String.format(Locale.ROOT, "Fetched %d pages, %d items with %d requests in %.1f s%s",
                summary.pages(), summary.items(), summary.requests(), summary.elapsed().toMillis() / 1000.0,
                unchanged == 0 ? "" : "; " + unchanged + (unchanged == 1 ? " ref" : " refs") + " had nothing new"));
    }
}
