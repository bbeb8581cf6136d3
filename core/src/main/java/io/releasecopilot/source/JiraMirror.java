package io.releasecopilot.source;

import io.releasecopilot.cache.PageLog;
import io.releasecopilot.model.SourceFlavor;
import java.util.List;

/**
 * A copy of Jira's issues kept outside Jira (the DynamoDB mirror fed by the webhook), read instead of the
 * Jira search. It writes the fix version's issues into the cache as search pages of the given flavor, so the
 * cache, the reader and the report treat them exactly as pages fetched from Jira.
 */
public interface JiraMirror {

    /**
     * Writes the issues of {@code fixVersion} as search pages, the last one marked as last.
     *
     * @param projects project keys to restrict to (upper case), or empty for every project
     * @param flavor   the shape of the pages (Cloud {@code search/jql} or Data Center {@code search})
     * @param log      the cache's Jira page log
     * @return what the report says about the read, and whether the mirror was stale
     */
    MirrorRead writePages(String fixVersion, List<String> projects, SourceFlavor flavor, PageLog log);

    /**
     * What a read from a mirror tells the report.
     *
     * @param source      one line for the report's sources ({@code jira mirror dynamodb:rc-mirror: ...})
     * @param issues      the issues written
     * @param staleReason why the mirror cannot be trusted to match Jira (never reconciled, or reconciled too
     *                    long ago), or null when it is fresh
     */
    record MirrorRead(String source, int issues, String staleReason) {
    }
}
