package io.releasecopilot.source.bitbucket;

import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.cache.CommitLog;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.FetchContext;
import io.releasecopilot.source.PageTrail;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Reads the commits of one repository and ref into the cache, page after page, newest first. Resumes an
 * interrupted fetch, updates a complete one incrementally (one request when nothing is new; see
 * {@link CommitLog}), and with a date window stops once a whole page is older than its first day (Bitbucket
 * has no date filter; the reader drops commits outside the window). A next link that comes back to a page
 * already read, or a ref that passes the page cap, stops the run ({@link PageTrail}).
 */
public final class CommitFetch implements Runnable {

    private static final System.Logger LOG = System.getLogger(CommitFetch.class.getName());

    private final SourceFlavor flavor;
    private final CommitPaging paging;
    private final String source;
    private final String repo;
    private final String ref;
    private final Instant since;
    private final CacheWriter writer;
    private final HttpGet http;
    private final FetchContext context;
    private volatile boolean changed;
    private CommitLog log;
    private String head;
    private String stopAt;
    private URI url;
    private PageTrail trail;
    private boolean first = true;

    /**
     * @param flavor    CLOUD or DATACENTER
     * @param base      the API base
     * @param workspace the Cloud workspace or Data Center project key
     * @param repo      the repository slug
     * @param ref       the ref to read
     * @param sinceRef  the ref whose history is left out, or null
     * @param since     the first day of the date window, or null
     * @param writer    the cache
     * @param http      the HTTP port for Bitbucket
     * @param context   the run's shared context
     */
    public CommitFetch(SourceFlavor flavor, URI base, String workspace, String repo, String ref, String sinceRef,
            LocalDate since, CacheWriter writer, HttpGet http, FetchContext context) {
        this.paging = new CommitPaging(flavor, base, workspace, repo, ref, sinceRef);
        this.flavor = flavor;
        this.source = workspace + "/" + repo;
        this.repo = repo;
        this.ref = ref;
        this.since = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
        this.writer = writer;
        this.http = http;
        this.context = context;
    }

    /** Returns whether the run wrote pages for this ref (false when nothing was new). */
    public boolean changed() {
        return changed;
    }

    @Override
    public void run() {
        while (step()) {
            // one page per step
        }
    }

    /**
     * Fetches and stores the next page. A scheduler may interleave the steps of several refs (so a few threads
     * serve many refs fairly); the steps of one ref must run one after the other.
     *
     * @return whether more pages follow
     */
    public boolean step() {
        if (log == null) {
            log = writer.commits(repo, ref);
            head = log.cachedHead();
            stopAt = log.stopAt();
            Resume cursor = log.resumeAt();
            url = cursor == null ? paging.first() : paging.at(cursor);
            trail = context.trail(paging.what());
            trail.visit(url);
        }
        HttpBody body = context.get(http, url, paging.what());
        CommitPage page = CommitPage.parse(flavor, body.body(), url);
        if (first && head != null && Objects.equals(page.firstHash(), head)) {
            log.unchanged();
            context.unchanged(source, ref);
            return false;
        }
        first = false;
        boolean reached = stopAt != null && page.contains(stopAt);
        boolean pastWindow = since != null && page.allBefore(since);
        Resume next = reached || pastWindow ? null : paging.next(page, url);
        if (next != null) {
            trail.visit(paging.at(next));
        }
        changed = true;
        int number = log.page(body.body(), page.firstHash(), next, reached);
        context.page(source, ref, number, page.size());
        if (next == null) {
            if (stopAt != null && !reached && !pastWindow) {
                LOG.log(Level.INFO, "{0} {1}: the cached head {2} was not met (history rewritten or outside the"
                        + " range); the cached pages of this ref were replaced", source, ref, stopAt);
            }
            return false;
        }
        url = paging.at(next);
        return true;
    }
}
