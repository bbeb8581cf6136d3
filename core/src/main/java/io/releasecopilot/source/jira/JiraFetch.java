package io.releasecopilot.source.jira;

import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.FetchContext;
import io.releasecopilot.source.PageTrail;
import java.lang.System.Logger.Level;
import java.net.URI;

/**
 * Reads every page of the Jira search into the cache. Jira is read in full on every run (statuses change);
 * only a run interrupted mid-search continues where it stopped. A resumed cursor that the server no longer
 * accepts (Cloud tokens expire after seven days) starts the search over. A cursor that comes back to a page
 * already read, or a search that passes the page cap, stops the run ({@link PageTrail}).
 */
public final class JiraFetch implements Runnable {

    private static final System.Logger LOG = System.getLogger(JiraFetch.class.getName());

    private final JiraSearch search;
    private final SourceFlavor flavor;
    private final CacheWriter writer;
    private final HttpGet http;
    private final FetchContext context;

    /**
     * @param flavor  CLOUD or DATACENTER
     * @param site    the site or gateway base
     * @param jql     the JQL to send
     * @param writer  the cache
     * @param http    the HTTP port for Jira
     * @param context the run's shared context
     */
    public JiraFetch(SourceFlavor flavor, URI site, String jql, CacheWriter writer, HttpGet http,
            FetchContext context) {
        this.search = new JiraSearch(flavor, site, jql);
        this.flavor = flavor;
        this.writer = writer;
        this.http = http;
        this.context = context;
    }

    @Override
    public void run() {
        PageLog log = writer.jira();
        Resume cursor = log.resumeAt();
        PageTrail trail = context.trail("Jira search");
        HttpBody body;
        URI url;
        if (cursor != null) {
            url = search.at(cursor);
            trail.visit(url);
            try {
                body = context.get(http, url, "Jira search");
            } catch (AuditException e) {
                LOG.log(Level.INFO, "Jira search: resuming at the cached cursor failed ({0}); starting over",
                        e.getMessage());
                log.restart();
                cursor = null;
                trail = context.trail("Jira search");
                url = search.first();
                trail.visit(url);
                body = context.get(http, url, "Jira search");
            }
        } else {
            url = search.first();
            trail.visit(url);
            body = context.get(http, url, "Jira search");
        }
        while (true) {
            JiraPageParser.Page page = search.parse(body.body(), url);
            Resume next = search.next(page, cursor);
            if (next != null) {
                trail.visit(search.at(next));
            }
            int number = log.page(body.body(), next);
            context.page("Jira", null, number, page.stories().size());
            if (next == null) {
                return;
            }
            cursor = next;
            url = search.at(next);
            body = context.get(http, url, "Jira search");
        }
    }
}
