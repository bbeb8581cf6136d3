package io.releasecopilot.source;


/**
 * What a live fetch reports while it runs, for a front end to render (a progress line on a terminal, log
 * lines otherwise). {@code FetchRunner} calls it from one thread at a time, in the order events happen.
 */
public interface FetchProgress {

    /**
     * One page stored in the cache.
     *
     * @param source   {@code Jira}, {@code <workspace>/<repo>} or {@code <workspace>/<repo> pull requests}
     * @param ref      the ref of a commit page, or null
     * @param page     the number of the page within its fetch, from 1 (a resumed fetch counts its earlier pages)
     * @param items    the issues, commits or pull requests on the page
     * @param requests the HTTP requests made by the whole fetch so far
     */
    record Page(String source, String ref, int page, int items, long requests) {
    }

    /** Called after each page is stored. */
    void pageFetched(Page page);

    /** Called when a ref's first page starts at the cached head: nothing new, nothing written. */
    default void unchanged(String source, String ref) {
    }

    /** Called once when every fetch has ended without error. */
    void finished(FetchSummary summary);

    /** Returns a listener that ignores everything. */
    static FetchProgress none() {
        return new FetchProgress() {
            @Override
            public void pageFetched(Page page) {
            }

            @Override
            public void finished(FetchSummary summary) {
            }
        };
    }
}
