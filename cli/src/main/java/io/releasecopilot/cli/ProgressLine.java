package io.releasecopilot.cli;

import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** A progress line on a terminal, rewritten in place: pages, items and requests so far. */
final class ProgressLine implements FetchProgress {

    private final PrintWriter err;
    private long pages;
    private long items;
    private long lastDraw;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void pageFetched(Page page) {
        pages++;
        items += page.items();
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) {
            lastDraw = now;
            err.printf(Locale.ROOT, "\r\u001b[2Kfetching: %d pages, %d items, %d requests - %s%s", pages, items,
                    page.requests(), page.source(), page.ref() == null ? "" : " " + page.ref());
            err.flush();
        }
    }

    @Override
    public void finished(FetchSummary summary) {
        err.printf(Locale.ROOT, "\r\u001b[2Kfetched %d pages, %d items with %d requests in %.1f s%n", summary.pages(),
                summary.items(), summary.requests(), summary.elapsed().toMillis() / 1000.0);
        err.flush();
    }
}
