package io.releasecopilot.source.live;

import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.JiraSource;
import io.releasecopilot.source.jira.Jql;
import java.util.Objects;

/**
 * What a live fetch reads: the Jira issues of one fix version and, optionally, the Bitbucket commits of
 * repositories × branches in a range. Built by every front end through {@link #builder()}, whose
 * {@link FetchRequestBuilder#build()} checks the values and fails with a
 * {@link io.releasecopilot.common.UsageException} that names the flag ({@code --workspace is required with --repo}).
 *
 * @param fixVersion  the audited fix version
 * @param jira        the Jira search
 * @param bitbucket   the Bitbucket commits, or null when none are read from Bitbucket
 * @param concurrency how many fetches run at once (the pages of one ref are always read in order)
 * @param refresh     whether to ignore what the cache holds
 * @param maxPages    the most pages one read (a Jira search, one ref's commits, one ref's pull requests, one pull
 *                    request's commits) may ask for in one run
 */
public record FetchRequest(String fixVersion, JiraSource jira, BitbucketSource bitbucket, int concurrency,
        boolean refresh, int maxPages) {

    /**
     * The default number of requests in flight. Ten refs of twenty pages at 100 ms a request need 50 rounds with
     * four (over 5 s); six meet 5 s on a quiet machine but not always on a busy one; eight took 3.2 to 4.8 s on a
     * loaded 2-core machine (docs/benchmarks.md). Still a small number of parallel requests per host; the hourly
     * rate limits count requests, not their concurrency.
     */
    public static final int DEFAULT_CONCURRENCY = 8;

    /** The highest concurrency accepted. */
    public static final int MAX_CONCURRENCY = 16;

    /**
     * The default page cap of one read: a million commits of one ref at 100 a page, far above any real
     * history, yet it stops a server whose paging never ends long before the disk is full.
     */
    public static final int DEFAULT_MAX_PAGES = 10_000;

    public FetchRequest {
        Objects.requireNonNull(fixVersion, "fixVersion");
        Objects.requireNonNull(jira, "jira");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, not " + maxPages);
        }
    }

    /** Sources with the default page cap. */
    public FetchRequest(String fixVersion, JiraSource jira, BitbucketSource bitbucket, int concurrency,
            boolean refresh) {
        this(fixVersion, jira, bitbucket, concurrency, refresh, DEFAULT_MAX_PAGES);
    }

    /** Returns the JQL sent to Jira. */
    public String jql() {
        return Jql.forFixVersion(fixVersion, jira.projects(), jira.extraJql());
    }

    /** Returns a builder; {@link FetchRequestBuilder#build()} checks every value. */
    public static FetchRequestBuilder builder() {
        return new FetchRequestBuilder();
    }
}
