package io.releasecopilot.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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
    private final String dir;
    private final Function<Manifest, Manifest.Ref> entry;
    private final BiFunction<Manifest, Manifest.Ref, Manifest> put;
    private final Mode mode;
    private final String cachedHead;
    private final String stopAt;
    private final Resume resumeAt;
    private final int pagesBefore;
    private int nextNumber;
    private int written;

    /**
     * @param dir   where new pages of this ref go, relative to the cache root
     * @param entry finds the ref in a manifest
     * @param put   replaces the ref in a manifest
     */
    CommitLog(CacheWriter writer, String dir, Function<Manifest, Manifest.Ref> entry,
            BiFunction<Manifest, Manifest.Ref, Manifest> put) {
        this.writer = writer;
        this.dir = dir;
        this.entry = entry;
        this.put = put;
        Manifest.Ref e = entry.apply(writer.manifest());
        Manifest.Update update = e.update();
        if (e.complete() && e.head() != null && !e.pages().isEmpty() && update == null) {
            mode = Mode.INCREMENTAL;
            cachedHead = e.head();
            stopAt = e.head();
            resumeAt = null;
            pagesBefore = 0;
        } else if (!e.complete() && e.resume() != null && !e.pages().isEmpty()) {
            mode = Mode.RESUME;
            cachedHead = null;
            stopAt = update == null ? null : update.stopAt();
            resumeAt = e.resume();
            pagesBefore = update != null ? update.newPages() : e.pages().size();
        } else {
            mode = Mode.FRESH;
            cachedHead = null;
            stopAt = null;
            resumeAt = null;
            pagesBefore = 0;
        }
        nextNumber = writer.nextNumber(dir, e.pages());
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
        String file = CacheDirs.page(dir, nextNumber++);
        writer.writePage(file, body);
        boolean first = written == 0;
        Resume cursor = reachedStop ? null : next;
        Manifest before = writer.update(m -> put.apply(m, record(entry.apply(m), file, first, firstHash, cursor,
                reachedStop)));
        List<String> previous = entry.apply(before).pages();
        // A page adds one file to the list; only a fresh start or a cut drops some, and only then is the whole
        // cache's list worth reading for what to delete (at every page it made a long fetch quadratic).
        if (entry.apply(writer.manifest()).pages().size() <= previous.size()) {
            writer.deleteUnlisted(previous);
        }
        written++;
        return pagesBefore + written;
    }

    private Manifest.Ref record(Manifest.Ref e, String file, boolean first, String firstHash, Resume next,
            boolean reachedStop) {
        List<String> pages = new ArrayList<>(e.pages());
        String head = e.head();
        String stop = e.update() == null ? null : e.update().stopAt();
        int newPages = e.update() == null ? 0 : e.update().newPages();
        if (first && mode == Mode.FRESH) {
            pages = new ArrayList<>(List.of(file));
            head = firstHash;
            stop = null;
            newPages = 0;
        } else if (first && mode == Mode.INCREMENTAL) {
            stop = cachedHead;
            newPages = 1;
            pages.add(0, file);
            head = firstHash;
        } else if (stop != null) {
            pages.add(newPages++, file);
        } else {
            pages.add(file);
        }
        if (next == null && stop != null) {
            if (!reachedStop) {
                pages.subList(newPages, pages.size()).clear();
            }
            stop = null;
            newPages = 0;
        }
        return new Manifest.Ref(e.ref(), e.sinceRef(), e.since(), e.until(), next == null, head, pages, next,
                stop == null ? null : new Manifest.Update(stop, newPages));
    }
}
