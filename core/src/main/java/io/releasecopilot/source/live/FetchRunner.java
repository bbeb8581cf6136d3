package io.releasecopilot.source.live;

import io.releasecopilot.cache.CacheRequest;
import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.FetchContext;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.source.JiraSource;
import io.releasecopilot.source.LoggingProgress;
import io.releasecopilot.source.bitbucket.CommitFetch;
import io.releasecopilot.source.bitbucket.PullRequestFetch;
import io.releasecopilot.source.jira.JiraFetch;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Fetches the live sources into the cache directory: the Jira search and every repository × ref at the same
 * time, at most {@link FetchRequest#concurrency()} requests in flight, the pages of one ref in order, each page
 * stored as it arrives (docs/cache-layout.md). Refs take turns page by page (a ref's next page queues behind
 * the pages of the others), so a few threads keep many refs moving and no ref waits for another to finish.
 * Pull requests of a repository are read once its refs are done. The first error stops the other fetches and
 * is thrown as it was raised (an {@link io.releasecopilot.common.AuditException} from the HTTP port or the
 * cache); what was stored stays, so the next run resumes. One run at a time writes a cache directory.
 *
 * <p>Typical use by a front end:
 * <pre>{@code
 * FetchRequest sources = FetchRequest.builder().fixVersion(v).jiraUrl(url).jiraFlavor("cloud")...build();
 * FetchSummary summary = FetchRunner.fetch(sources, cacheDir, jiraHttp, bitbucketHttp, new LoggingProgress());
 * AuditInput input = CacheReader.read(summary.cacheDir());
 * }</pre>
 */
public final class FetchRunner {

    private static final System.Logger LOG = System.getLogger(FetchRunner.class.getName());

    private FetchRunner() {
    }

    /**
     * Fetches into {@code cacheDir}.
     *
     * @param jiraHttp      the HTTP port with the Jira credentials
     * @param bitbucketHttp the HTTP port with the Bitbucket credentials (unused when no repository is given)
     * @param progress      told of every page, called from one thread at a time
     * @throws io.releasecopilot.common.AuditException the first failure of any fetch, or of the cache
     */
    public static FetchSummary fetch(FetchRequest sources, Path cacheDir, HttpGet jiraHttp, HttpGet bitbucketHttp,
            FetchProgress progress) {
        return fetch(sources, cacheDir, jiraHttp, bitbucketHttp, progress, null);
    }

    /**
     * Fetches as {@link #fetch(FetchRequest, Path, HttpGet, HttpGet, FetchProgress)} does, except that the Jira
     * pages come from {@code jiraPages} (a {@link JiraMirror}) instead of the Jira search when it is not null.
     *
     * @param jiraHttp  the HTTP port with the Jira credentials; unused (may be null) with {@code jiraPages}
     * @param jiraPages writes the Jira pages into the cache's page log, or null to search Jira
     */
    public static FetchSummary fetch(FetchRequest sources, Path cacheDir, HttpGet jiraHttp, HttpGet bitbucketHttp,
            FetchProgress progress, Consumer<PageLog> jiraPages) {
        Objects.requireNonNull(sources, "sources");
        if (jiraPages == null) {
            Objects.requireNonNull(jiraHttp, "jiraHttp");
        }
        long start = System.nanoTime();
        FetchContext context = new FetchContext(progress == null ? FetchProgress.none() : progress,
                sources.maxPages());
        try (CacheWriter writer = CacheWriter.open(cacheDir, request(sources), sources.refresh())) {
            BitbucketSource bitbucket = sources.bitbucket();
            LOG.log(Level.INFO, "Fetching fix version {0} from Jira{1} into {2}{3}", sources.fixVersion(),
                    bitbucket == null ? "" : " and " + bitbucket.repos().size() * bitbucket.branches().size()
                            + " refs from Bitbucket", cacheDir, sources.refresh() ? " (refresh)" : "");
            BoundedTasks tasks = new BoundedTasks(sources.concurrency(), context::cancel);
            JiraSource jira = sources.jira();
            if (jiraPages == null) {
                tasks.submit(new JiraFetch(jira.flavor(), jira.site(), sources.jql(), writer, jiraHttp, context));
            } else {
                tasks.submit(() -> jiraPages.accept(writer.jira()));
            }
            if (bitbucket != null) {
                Objects.requireNonNull(bitbucketHttp, "bitbucketHttp");
                for (String repo : bitbucket.repos()) {
                    submitRepository(tasks, bitbucket, repo, writer, bitbucketHttp, context);
                }
            }
            tasks.await();
            writer.publish();
        }
        FetchSummary summary = new FetchSummary(cacheDir, context.pages(), context.items(), context.requests(),
                context.unchangedRefs(), Duration.ofNanos(System.nanoTime() - start));
        context.finished(summary);
        return summary;
    }

    /** Fetches as {@link #fetch} does, then reads the cache into the audit input. */
    public static AuditInput fetchAndRead(FetchRequest sources, Path cacheDir, HttpGet jiraHttp,
            HttpGet bitbucketHttp, FetchProgress progress) {
        fetch(sources, cacheDir, jiraHttp, bitbucketHttp, progress);
        return CacheReader.read(cacheDir);
    }

    private static void submitRepository(BoundedTasks tasks, BitbucketSource bb, String repo, CacheWriter writer,
            HttpGet http, FetchContext context) {
        List<CommitFetch> fetches = new ArrayList<>();
        for (String ref : bb.branches()) {
            fetches.add(new CommitFetch(bb.flavor(), bb.baseUrl(), bb.workspace(), repo, ref, bb.sinceRef(),
                    bb.since(), writer, http, context));
        }
        Runnable pullRequests = bb.pullRequests()
                ? new PullRequestFetch(bb.baseUrl(), bb.workspace(), repo, bb.branches(),
                        () -> fetches.stream().anyMatch(CommitFetch::changed), writer, http, context)
                : null;
        AtomicInteger left = new AtomicInteger(fetches.size());
        for (CommitFetch fetch : fetches) {
            tasks.submit(new Runnable() {
                @Override
                public void run() {
                    if (fetch.step()) {
                        tasks.submit(this);
                    } else if (pullRequests != null && left.decrementAndGet() == 0) {
                        tasks.submit(pullRequests);
                    }
                }
            });
        }
    }

    /** Returns what the cache records for these sources. */
    static CacheRequest request(FetchRequest sources) {
        JiraSource jira = sources.jira();
        CacheRequest.Jira jiraRequest = new CacheRequest.Jira(jira.flavor(), jira.site().toString(),
                jira.browseUrl(), sources.jql());
        List<CacheRequest.Repo> repos = new ArrayList<>();
        BitbucketSource bb = sources.bitbucket();
        if (bb != null) {
            List<CacheRequest.Ref> refs = new ArrayList<>();
            for (String branch : bb.branches()) {
                refs.add(new CacheRequest.Ref(branch, bb.sinceRef(), bb.since(), bb.until()));
            }
            for (String repo : bb.repos()) {
                repos.add(new CacheRequest.Repo(repo, bb.workspace(), bb.flavor(), bb.baseUrl().toString(),
                        bb.commitUrlPrefix(repo), refs, bb.pullRequests()));
            }
        }
        return new CacheRequest(sources.fixVersion(), jiraRequest, repos);
    }
}
