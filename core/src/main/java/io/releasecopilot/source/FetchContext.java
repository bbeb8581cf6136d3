package io.releasecopilot.source;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import java.net.URI;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fetches of one run share: request counting, cancellation (a fetch stops before its next request
 * once another has failed) and the progress listener, called one event at a time.
 */
public final class FetchContext {

    private final FetchProgress progress;
    private final int maxPages;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong items = new AtomicLong();
    private final AtomicInteger unchanged = new AtomicInteger();
    private volatile boolean cancelled;

    public FetchContext(FetchProgress progress, int maxPages) {
        this.progress = progress;
        this.maxPages = maxPages;
    }

    /** Returns a new trail for the pages of one read ({@code what}), capped at the run's page cap. */
    public PageTrail trail(String what) {
        return new PageTrail(what, maxPages);
    }

    /**
     * GETs {@code url} through {@code http}, unless the run has been cancelled.
     *
     * @throws CancellationException when the run was cancelled before the request
     * @throws AuditException        as the HTTP port throws it
     */
    public HttpBody get(HttpGet http, URI url, String resource) {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("fetch cancelled");
        }
        requests.incrementAndGet();
        HttpBody body = http.get(url, resource);
        if (body == null || body.body() == null) {
            throw new AuditException(resource + ": no response body from " + url);
        }
        return body;
    }

    /** Reports a stored page. */
    public void page(String source, String ref, int page, int itemCount) {
        pages.incrementAndGet();
        items.addAndGet(itemCount);
        synchronized (progress) {
            progress.pageFetched(new FetchProgress.Page(source, ref, page, itemCount, requests.get()));
        }
    }

    /** Reports a ref with nothing new. */
    public void unchanged(String source, String ref) {
        unchanged.incrementAndGet();
        synchronized (progress) {
            progress.unchanged(source, ref);
        }
    }

    public void cancel() {
        cancelled = true;
    }

    public void finished(FetchSummary summary) {
        synchronized (progress) {
            progress.finished(summary);
        }
    }

    public long requests() {
        return requests.get();
    }

    public int pages() {
        return pages.get();
    }

    public long items() {
        return items.get();
    }

    public int unchangedRefs() {
        return unchanged.get();
    }
}
