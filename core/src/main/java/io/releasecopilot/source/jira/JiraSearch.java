package io.releasecopilot.source.jira;

import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.ApiUrls;
import java.net.URI;

/**
 * The paging of a Jira search. Cloud: {@code GET /rest/api/3/search/jql} with {@code nextPageToken} until
 * {@code isLast} is true or the token is absent or null (never the removed {@code /rest/api/3/search}). Data
 * Center: {@code GET /rest/api/2/search} with {@code startAt} until {@code startAt + issues >= total} or a page
 * comes back empty; the next {@code startAt} counts the issues received, as the server may cap
 * {@code maxResults} below what was asked.
 */
final class JiraSearch {

    /** The fields the audit reads. */
    static final String FIELDS = Jql.AUDIT_FIELDS;
    static final int PAGE_SIZE = 100;

    private final SourceFlavor flavor;
    private final URI site;
    private final String query;

    JiraSearch(SourceFlavor flavor, URI site, String jql) {
        this.flavor = flavor;
        this.site = site;
        this.query = "jql=" + ApiUrls.encode(jql) + "&fields=" + ApiUrls.encode(FIELDS);
    }

    /** Returns the address of the first page. */
    URI first() {
        return flavor == SourceFlavor.CLOUD ? cloud(null) : dataCenter(0);
    }

    /** Returns the address of the page a cursor names. */
    URI at(Resume cursor) {
        if (flavor == SourceFlavor.CLOUD) {
            String token = cursor.text("nextPageToken");
            return token == null ? cloud(null) : cloud(token);
        }
        Long startAt = cursor.number("startAt");
        return dataCenter(startAt == null ? 0 : startAt);
    }

    /**
     * Returns the cursor of the page after {@code page}, or null when it was the last.
     *
     * @param current the cursor {@code page} was fetched with, or null for the first page
     */
    /** Parses a search page received from {@code url} with the parser that reads it back from the cache. */
    JiraPageParser.Page parse(byte[] body, URI url) {
        JiraPageParser.Shape shape = flavor == SourceFlavor.CLOUD ? JiraPageParser.Shape.CLOUD
                : JiraPageParser.Shape.DATACENTER;
        return new JiraPageParser(CacheFile.response(shape.label + " " + url), shape)
                .parse(body);
    }

    Resume next(JiraPageParser.Page page, Resume current) {
        if (flavor == SourceFlavor.CLOUD) {
            String token = page.nextPageToken();
            if (Boolean.TRUE.equals(page.isLast()) || token == null || token.isEmpty()) {
                return null;
            }
            if (current != null && token.equals(current.text("nextPageToken"))) {
                throw new AuditException("Jira search " + site + ": the server returned the same nextPageToken"
                        + " twice; stopping instead of looping");
            }
            return Resume.of("nextPageToken", token);
        }
        long asked = current == null || current.number("startAt") == null ? 0 : current.number("startAt");
        long startAt = page.startAt() != null ? page.startAt() : asked;
        long end = startAt + page.stories().size();
        if (page.stories().isEmpty() || page.total() != null && end >= page.total()) {
            return null;
        }
        return Resume.of("startAt", end);
    }

    private URI cloud(String token) {
        return ApiUrls.resolve(site, "/rest/api/3/search/jql", query + "&maxResults=" + PAGE_SIZE
                + (token == null ? "" : "&nextPageToken=" + ApiUrls.encode(token)));
    }

    private URI dataCenter(long startAt) {
        return ApiUrls.resolve(site, "/rest/api/2/search", query + "&startAt=" + startAt + "&maxResults=" + PAGE_SIZE);
    }
}
