package io.releasecopilot.source;

import io.releasecopilot.common.AuditException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The pages one paginated read (one ref's commits, one Jira search, one ref's pull requests) has asked for in
 * this run. A {@code next} link or cursor that comes back to any page already read (not only to the page it is
 * on: A → B → C → A) stops the read with one error, and so does a read that passes the page cap
 * ({@code FetchRequest.maxPages()}), so a server whose paging never ends cannot fill the disk. Pages stored
 * before the stop stay in the cache as after any failed fetch; the next run resumes from them.
 */
public final class PageTrail {

    private final String what;
    private final int maxPages;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param what     what is read, for the error: {@code commits of acme/portal at main}
     * @param maxPages the most pages this read may ask for in one run
     */
    PageTrail(String what, int maxPages) {
        this.what = what;
        this.maxPages = maxPages;
    }

    /**
     * Records that page {@code url} is about to be read.
     *
     * @throws AuditException when it was read before in this run, or when it would pass the page cap
     */
    public void visit(URI url) {
        String key = url.toString();
        Integer earlier = seen.get(key);
        if (earlier != null) {
            throw new AuditException(what + ": the paging loops: page " + (seen.size() + 1) + " would be " + key
                    + ", which was page " + earlier + " of this run; stopping (the server's next links or cursors"
                    + " repeat)");
        }
        if (seen.size() >= maxPages) {
            throw new AuditException(what + ": more than " + maxPages + " pages; stopping before " + key
                    + " (raise the cap with --max-pages if the history really is this long)");
        }
        seen.put(key, seen.size() + 1);
    }
}
