package io.releasecopilot.source.bitbucket;

import io.releasecopilot.cache.Resume;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.ApiUrls;
import java.net.URI;

/**
 * The paging of one ref's commits. Cloud: {@code GET /2.0/repositories/{ws}/{repo}/commits/{ref}?pagelen=100}
 * (with {@code exclude={sinceRef}}), then every {@code next} link exactly as given, on the configured host
 * only. Data Center: {@code GET /rest/api/1.0/projects/{key}/repos/{slug}/commits?until={ref}&since={sinceRef}
 * &start=N&limit=100}, following {@code nextPageStart} until {@code isLastPage} (a last page may carry
 * {@code nextPageStart: 0}). Refs and names are percent-encoded ({@code release/2026.03} is
 * {@code release%2F2026.03}).
 */
final class CommitPaging {

    static final int PAGE_SIZE = 100;

    private final SourceFlavor flavor;
    private final URI base;
    private final String what;
    private final String path;
    private final String query;

    CommitPaging(SourceFlavor flavor, URI base, String workspace, String repo, String ref, String sinceRef) {
        this.flavor = flavor;
        this.base = base;
        this.what = "commits of " + workspace + "/" + repo + " at " + ref;
        if (flavor == SourceFlavor.CLOUD) {
            path = "/2.0/repositories/" + ApiUrls.encode(workspace) + "/" + ApiUrls.encode(repo) + "/commits/"
                    + ApiUrls.encode(ref);
            query = "pagelen=" + PAGE_SIZE + (sinceRef == null ? "" : "&exclude=" + ApiUrls.encode(sinceRef));
        } else {
            path = "/rest/api/1.0/projects/" + ApiUrls.encode(workspace) + "/repos/" + ApiUrls.encode(repo)
                    + "/commits";
            query = "until=" + ApiUrls.encode(ref) + (sinceRef == null ? "" : "&since=" + ApiUrls.encode(sinceRef));
        }
    }

    /** Returns the {@code start} an address asked for (0 when absent). */
    private static long requestedStart(URI url) {
        String query = url.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("start=")) {
                    try {
                        return Long.parseLong(pair.substring("start=".length()));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
        }
        return 0;
    }

    private URI dataCenter(long start) {
        return ApiUrls.resolve(base, path, query + "&start=" + start + "&limit=" + PAGE_SIZE);
    }

    /** Returns what is being read, for errors: {@code commits of acme/portal at main}. */
    String what() {
        return what;
    }

    /** Returns the address of the first page. */
    URI first() {
        return flavor == SourceFlavor.CLOUD ? ApiUrls.resolve(base, path, query) : dataCenter(0);
    }

    /** Returns the address of the page a cursor names. */
    URI at(Resume cursor) {
        if (flavor == SourceFlavor.CLOUD) {
            String next = cursor.text("next");
            return next == null ? first() : ApiUrls.link(base, next, "the cached next link of the " + what);
        }
        Long start = cursor.number("start");
        return dataCenter(start == null ? 0 : start);
    }

    /**
     * Returns the cursor of the page after {@code page}, or null when it was the last.
     *
     * @param url the address {@code page} came from
     */
    Resume next(CommitPage page, URI url) {
        if (flavor == SourceFlavor.CLOUD) {
            if (page.next() == null || page.next().isBlank()) {
                return null;
            }
            URI next = ApiUrls.link(base, page.next(), "the next link of the " + what);
            if (next.equals(url)) {
                throw new AuditException(what + ": the next link of " + url + " points to itself; stopping instead of"
                        + " looping");
            }
            return Resume.of("next", next.toString());
        }
        if (Boolean.TRUE.equals(page.isLastPage())) {
            return null;
        }
        Long next = page.nextPageStart();
        long start = page.start() != null ? page.start() : requestedStart(url);
        if (next == null || next <= start) {
            throw new AuditException(what + ": " + url + " says isLastPage is false but its nextPageStart is "
                    + (next == null ? "missing" : next + ", not after start " + start) + "; stopping instead of"
                    + " looping");
        }
        return Resume.of("start", next);
    }
}
