package io.releasecopilot.source.jira;

import io.releasecopilot.cache.Resume;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.util.function.Consumer;

/**
 * Pages a Jira search without a cache: the same requests, paging rules and page checks as the audit's
 * fetch ({@link JiraSearch}), each page handed to a consumer as it arrives. Used where the pages are not
 * kept, such as the reconciliation of the issue mirror.
 */
public final class JiraSearchPages {

    private JiraSearchPages() {
    }

    /**
     * Reads every page of the search.
     *
     * @param site the site or gateway base
     * @param jql  the JQL to send
     * @param http the HTTP port with the Jira credentials
     * @param page receives each page's body, in order
     * @return the number of pages read
     * @throws io.releasecopilot.common.AuditException when a request fails or a page is not a search page
     */
    public static int forEach(SourceFlavor flavor, URI site, String jql, HttpGet http, Consumer<byte[]> page) {
        JiraSearch search = new JiraSearch(flavor, site, jql);
        Resume cursor = null;
        URI url = search.first();
        int pages = 0;
        while (true) {
            HttpBody body = http.get(url, "Jira search");
            JiraPageParser.Page scanned = search.parse(body.body(), url);
            page.accept(body.body());
            pages++;
            Resume next = search.next(scanned, cursor);
            if (next == null) {
                return pages;
            }
            cursor = next;
            url = search.at(next);
        }
    }
}
