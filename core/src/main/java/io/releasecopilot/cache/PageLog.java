package io.releasecopilot.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The pages of one fetch that is always read in full (the Jira search, merged pull requests). An interrupted
 * fetch of the same request continues at {@link #resumeAt()}; otherwise the first page written replaces what
 * the manifest listed, so a complete previous fetch stays readable until the new one has its first page.
 *
 * <p>One fetch uses one log, from one thread at a time.
 */
public final class PageLog {

    /** Replaces the pages and cursor of this fetch's entry in a manifest (complete when {@code next} is null). */
    @FunctionalInterface
    interface Put {
        Manifest apply(Manifest manifest, List<String> pages, Resume next);
    }

    private final CacheWriter writer;
    private final String dir;
    private final Function<Manifest, Manifest.Paged> entry;
    private final Put put;
    private Resume resumeAt;
    private final boolean wasComplete;
    private int pagesBefore;
    private int nextNumber;
    private int written;

    PageLog(CacheWriter writer, String dir, Function<Manifest, Manifest.Paged> entry, Put put) {
        this.writer = writer;
        this.dir = dir;
        this.entry = entry;
        this.put = put;
        Manifest.Paged e = entry.apply(writer.manifest());
        boolean resuming = !e.complete() && e.resume() != null && !e.pages().isEmpty();
        this.resumeAt = resuming ? e.resume() : null;
        this.pagesBefore = resuming ? e.pages().size() : 0;
        this.wasComplete = e.complete() && !e.pages().isEmpty();
        this.nextNumber = writer.nextNumber(dir, e.pages());
    }

    /** Returns where an interrupted fetch of the same request continues, or null to start at the first page. */
    public Resume resumeAt() {
        return resumeAt;
    }

    /** Returns whether the cache held a complete fetch of the same request. */
    public boolean wasComplete() {
        return wasComplete;
    }

    /** Gives up the resume cursor: the next page written starts the fetch over, replacing the listed pages. */
    public void restart() {
        if (written > 0) {
            throw new IllegalStateException("cannot restart a fetch that has written pages");
        }
        resumeAt = null;
        pagesBefore = 0;
    }

    /**
     * Stores one page and records it in the manifest.
     *
     * @param body the page exactly as received (pull request pages carry the added {@code commits})
     * @param next where the following page is, or null when this page is the last
     * @return the number of this page within the fetch, counting resumed pages, from 1
     */
    public int page(byte[] body, Resume next) {
        String file = CacheDirs.page(dir, nextNumber++);
        writer.writePage(file, body);
        boolean replace = resumeAt == null && written == 0;
        Manifest before = writer.update(m -> {
            List<String> pages = new ArrayList<>(replace ? List.of() : entry.apply(m).pages());
            pages.add(file);
            return put.apply(m, pages, next);
        });
        if (replace) {
            writer.deleteUnlisted(entry.apply(before).pages()); // otherwise every page stays listed
        }
        written++;
        return pagesBefore + written;
    }
}
