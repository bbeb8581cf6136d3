package io.releasecopilot.cache;

import io.releasecopilot.model.SourceFlavor;
import java.time.Instant;
import java.util.List;

/**
 * The parts of {@code manifest.json} (layout {@code release-copilot-cache/v1}, docs/cache-layout.md) that
 * reading the cache needs. Page paths are as written, relative to the cache root.
 *
 * @param fixVersion   the fix version the Jira pages are for
 * @param updatedAt    when the manifest was last written, or null
 * @param jira         the Jira fetch
 * @param repositories the Bitbucket fetches, in manifest order
 */
record Manifest(String fixVersion, String updatedAt, Jira jira, List<Repo> repositories) {

    /** The layout value this reader understands. */
    static final String LAYOUT = "release-copilot-cache/v1";

    /**
     * The Jira fetch.
     *
     * @param flavor    CLOUD ({@code search/jql} pages) or DATACENTER ({@code search} pages)
     * @param browseUrl the base of issue links, or null
     */
    record Jira(SourceFlavor flavor, String browseUrl, boolean complete, List<String> pages) {
    }

    /**
     * One repository.
     *
     * @param pullRequests the pull request fetch, or null when none was made
     */
    record Repo(String name, String workspace, SourceFlavor flavor, String commitUrlPrefix, List<Ref> refs,
            Fetch pullRequests) {
    }

    /**
     * One ref of a repository.
     *
     * @param from the start of the date window (inclusive), or null
     * @param to   the end of the date window (exclusive), or null
     */
    record Ref(String ref, boolean complete, List<String> pages, Instant from, Instant to) {

        /** Returns whether the ref has a date window. */
        boolean windowed() {
            return from != null || to != null;
        }

        /** Returns whether a commit of this date lies in the window; an unknown date is kept. */
        boolean inWindow(Instant date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /** A fetch that has only pages and a completeness flag (pull requests). */
    record Fetch(boolean complete, List<String> pages) {
    }
}
