package io.releasecopilot.source;

import io.releasecopilot.source.jira.Jql;
import java.util.Objects;

/**
 * What a live fetch reads: the Jira issues of one fix version and, optionally, the Bitbucket commits of
 * repositories × branches in a range. Built by every front end through {@link #builder()}, whose
 * {@link LiveSourcesBuilder#build()} checks the values and fails with a {@link io.releasecopilot.common.UsageException}
 * that names the flag ({@code --workspace is required with --repo}).
 *
 * @param fixVersion  the audited fix version
 * @param jira        the Jira search
 * @param bitbucket   the Bitbucket commits, or null when none are read from Bitbucket
 * @param concurrency how many fetches run at once (the pages of one ref are always read in order)
 * @param refresh     whether to ignore what the cache holds
 */
public record LiveSources(String fixVersion, JiraSource jira, BitbucketSource bitbucket, int concurrency,
        boolean refresh) {

    /**
     * The default number of requests in flight. Four cannot read ten refs of twenty pages at 100 ms a request
     * within 5 s (50 rounds); six does (docs/benchmarks.md) and is still a modest number of parallel requests
     * per host, what browsers allow.
     */
    public static final int DEFAULT_CONCURRENCY = 6;

    /** The highest concurrency accepted. */
    public static final int MAX_CONCURRENCY = 16;

    public LiveSources {
        Objects.requireNonNull(fixVersion, "fixVersion");
        Objects.requireNonNull(jira, "jira");
    }

    /** Returns the JQL sent to Jira. */
    public String jql() {
        return Jql.forFixVersion(fixVersion, jira.projects(), jira.extraJql());
    }

    /** Returns a builder; {@link LiveSourcesBuilder#build()} checks every value. */
    public static LiveSourcesBuilder builder() {
        return new LiveSourcesBuilder();
    }
}
