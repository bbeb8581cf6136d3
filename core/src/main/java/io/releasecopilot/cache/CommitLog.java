package io.releasecopilot.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * The commit pages of one ref. Three ways to run:
 * <ul>
 *   <li><b>fresh</b>: the first page written replaces what the manifest listed;</li>
 *   <li><b>resume</b>: an interrupted fetch of the same range continues at {@link #resumeAt()};</li>
 *   <li><b>incremental</b>: the cache holds a complete fetch with a {@link #cachedHead()}. The fetch reads the
 *       first page; when it starts at the cached head nothing is new ({@link #unchanged()}). Otherwise new pages
 *       are written ahead of the cached ones until a page contains the cached head; the manifest then lists the
 *       new pages followed by the old ones (the reader drops the repeated commits). Should the fetch end without
 *       meeting the head (history rewritten, or the date window passed), the old pages are dropped.</li>
 * </ul>
 * While an update is under way the ref is marked incomplete with an {@code update} object, so a run killed
 * during it resumes the update.
 *
 * <p>One fetch uses one log, from one thread at a time.
 */
public final class CommitLog {

    private enum Mode { FRESH, RESUME, INCREMENTAL }

    private final CacheWriter writer;
    private final ManifestState.RefEntry entry;
    private final Mode mode;
    private final String cachedHead;
    private final String stopAt;
    private final Resume resumeAt;
    private final int pagesBefore;
    private int nextNumber;
    private int written;

    CommitLog(CacheWriter writer, ManifestState.RefEntry entry) {
        this.writer = writer;
        this.entry = entry;
        if (entry.complete && entry.head != null && !entry.pages.isEmpty() && entry.stopAt == null) {
            mode = Mode.INCREMENTAL;
            cachedHead = entry.head;
            stopAt = entry.head;
            resumeAt = null;
            pagesBefore = 0;
        } else if (!entry.complete && entry.resume != null && !entry.pages.isEmpty()) {
            mode = Mode.RESUME;
            cachedHead = null;
            stopAt = entry.stopAt;
            resumeAt = entry.resume;
            pagesBefore = entry.stopAt != null ? entry.newPages : entry.pages.size();
        } else {
            mode = Mode.FRESH;
            cachedHead = null;
            stopAt = null;
            resumeAt = null;
            pagesBefore = 0;
        }
        nextNumber = writer.nextNumber(entry.dir, entry.pages);
    }

    /** Returns the newest commit of the complete cached fetch when this run is incremental, else null. */
    public String cachedHead() {
        return cachedHead;
    }

    /** Returns where an interrupted fetch continues, or null to start at the first page. */
    public Resume resumeAt() {
        return resumeAt;
    }

    /** Returns the cached commit at which paging stops (incremental or resumed update), or null. */
    public String stopAt() {
        return stopAt;
    }

    /** Returns whether this run wrote pages (false when nothing was new). */
    public boolean changed() {
        return written > 0;
    }

    /** Records that the first page started at the cached head: the cache stays as it is. */
    public void unchanged() {
        // nothing to write: the manifest already describes this ref
    }

    /**
     * Stores one page and records it in the manifest.
     *
     * @param body        the page exactly as received
     * @param firstHash   the first commit on the page (the head when this is the first page), or null if empty
     * @param next        where the following page is, or null when this page is the last one to fetch
     * @param reachedStop whether the page contains {@link #stopAt()}; ends the fetch and keeps the old pages
     * @return the number of this page within the fetch, counting resumed pages, from 1
     */
    public int page(byte[] body, String firstHash, Resume next, boolean reachedStop) {
        String file = CacheDirs.page(entry.dir, nextNumber++);
        writer.writePage(file, body);
        boolean first = written == 0;
        Resume cursor = reachedStop ? null : next;
        List<String> dropped = writer.update(() -> record(file, first, firstHash, cursor, reachedStop));
        writer.deleteUnlisted(dropped);
        written++;
        return pagesBefore + written;
    }

    private List<String> record(String file, boolean first, String firstHash, Resume next, boolean reachedStop) {
        List<String> dropped = new ArrayList<>();
        if (first && mode == Mode.FRESH) {
            dropped.addAll(entry.pages);
            entry.pages = new ArrayList<>(List.of(file));
            entry.head = firstHash;
            entry.stopAt = null;
            entry.newPages = 0;
        } else if (first && mode == Mode.INCREMENTAL) {
            entry.stopAt = cachedHead;
            entry.newPages = 1;
            entry.pages.add(0, file);
            entry.head = firstHash;
        } else if (entry.stopAt != null) {
            entry.pages.add(entry.newPages++, file);
        } else {
            entry.pages.add(file);
        }
        entry.resume = next;
        entry.complete = next == null;
        if (next == null && entry.stopAt != null) {
            if (!reachedStop) {
                List<String> old = entry.pages.subList(entry.newPages, entry.pages.size());
                dropped.addAll(old);
                old.clear();
            }
            entry.stopAt = null;
            entry.newPages = 0;
        }
        return dropped;
    }
}
