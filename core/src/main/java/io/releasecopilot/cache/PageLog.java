package io.releasecopilot.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of one fetch that is always read in full (the Jira search, merged pull requests). An interrupted
 * fetch of the same request continues at {@link #resumeAt()}; otherwise the first page written replaces what
 * the manifest listed, so a complete previous fetch stays readable until the new one has its first page.
 *
 * <p>One fetch uses one log, from one thread at a time.
 */
public final class PageLog {

    private final CacheWriter writer;
    private final ManifestState.Paged entry;
    private final String dir;
    private Resume resumeAt;
    private final boolean wasComplete;
    private int pagesBefore;
    private int nextNumber;
    private int written;

    PageLog(CacheWriter writer, ManifestState.Paged entry, String dir) {
        this.writer = writer;
        this.entry = entry;
        this.dir = dir;
        boolean resuming = !entry.complete && entry.resume != null && !entry.pages.isEmpty();
        this.resumeAt = resuming ? entry.resume : null;
        this.pagesBefore = resuming ? entry.pages.size() : 0;
        this.wasComplete = entry.complete && !entry.pages.isEmpty();
        this.nextNumber = writer.nextNumber(dir, entry.pages);
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
        List<String> dropped = writer.update(() -> {
            List<String> old = List.of();
            if (replace) {
                old = entry.pages;
                entry.pages = new ArrayList<>();
            }
            entry.pages.add(file);
            entry.resume = next;
            entry.complete = next == null;
            return old;
        });
        writer.deleteUnlisted(dropped);
        written++;
        return pagesBefore + written;
    }
}
