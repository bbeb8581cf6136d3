package io.releasecopilot.audit;

import io.releasecopilot.cache.CacheReader;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.http.ApiAccess;
import io.releasecopilot.http.BitbucketAccess;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.http.HttpStats;
import io.releasecopilot.http.JiraAccess;
import io.releasecopilot.http.ResilientHttpGet;
import io.releasecopilot.http.RetryPolicy;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.JiraSource;
import io.releasecopilot.source.LiveFetch;
import io.releasecopilot.source.LiveSources;
import io.releasecopilot.source.git.GitRead;
import io.releasecopilot.source.git.GitSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what an audit correlates: fetches from Jira and Bitbucket into the cache when the options say so,
 * reads the cache, and takes the commits from a local clone instead when one is given.
 */
final class AuditSources {

    private final HttpStats stats = new HttpStats();

    /** Returns the HTTP figures of the last {@link #read}: requests, retries, bytes. */
    HttpStats stats() {
        return stats;
    }

    AuditInput read(AuditOptions options, SourceAccess access) {
        if (options.fetchesLive()) {
            fetch(options.live(), options, access);
        }
        AuditInput cached = CacheReader.read(options.cacheDir());
        return options.git() == null ? cached : withGitCommits(cached, GitSource.read(options.git()));
    }

    private void fetch(LiveSources requested, AuditOptions options, SourceAccess access) {
        SecretMask secrets = RunSecrets.feed(access.secrets(), access.credentials());
        JiraSource jira = requested.jira();
        ApiAccess jiraAccess = JiraAccess.resolve(access.credentials(), flavor(jira.flavor()), jira.site(),
                access.refreshTokenRotated());
        HttpGet jiraHttp = new ResilientHttpGet(jiraAccess, RetryPolicy.defaults(), stats, secrets);
        // The API base may differ from the site (the api.atlassian.com gateway); issue links stay on the site.
        String browseUrl = jira.browseUrl() != null ? jira.browseUrl() : stripSlash(jira.site().toString()) + "/browse/";
        JiraSource resolvedJira = new JiraSource(jiraAccess.baseUrl(), jira.flavor(), jira.projects(),
                jira.extraJql(), browseUrl);

        BitbucketSource bitbucket = options.git() == null ? requested.bitbucket() : null;
        HttpGet bitbucketHttp = null;
        if (bitbucket != null) {
            ApiAccess bitbucketAccess = BitbucketAccess.resolve(access.credentials(), flavor(bitbucket.flavor()),
                    bitbucket.baseUrl());
            bitbucketHttp = new ResilientHttpGet(bitbucketAccess, RetryPolicy.defaults(), stats, secrets);
            bitbucket = new BitbucketSource(bitbucketAccess.baseUrl(), bitbucket.flavor(), bitbucket.workspace(),
                    bitbucket.repos(), bitbucket.branches(), bitbucket.sinceRef(), bitbucket.since(),
                    bitbucket.until(), bitbucket.pullRequests());
        }
        LiveSources resolved = new LiveSources(requested.fixVersion(), resolvedJira, bitbucket,
                requested.concurrency(), requested.refresh(), requested.maxPages());
        LiveFetch.fetch(resolved, options.cacheDir(), jiraHttp, bitbucketHttp, access.progress());
    }

    /** Replaces the cache's commits (if any) by those of the clone. */
    private static AuditInput withGitCommits(AuditInput cached, GitRead git) {
        List<Commit> commits = git.commits();
        List<Repository> repositories = List.of(git.repository());
        List<String> sources = new ArrayList<>(cached.sources());
        sources.add("git " + git.repository().name() + ": " + commits.size() + " commits");
        List<String> warnings = new ArrayList<>(cached.warnings());
        warnings.addAll(git.warnings());
        return new AuditInput(cached.fixVersion(), cached.jiraBrowseUrl(), cached.stories(), commits, repositories,
                List.of(), sources, warnings);
    }

    private static String flavor(SourceFlavor flavor) {
        return flavor.name().toLowerCase(Locale.ROOT);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
