package io.releasecopilot.audit;

import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.http.ApiAccess;
import io.releasecopilot.http.BitbucketAccess;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.http.HttpStats;
import io.releasecopilot.http.JiraAccess;
import io.releasecopilot.http.ResilientHttpGet;
import io.releasecopilot.http.RetryPolicy;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.source.JiraSource;
import io.releasecopilot.source.git.GitSource;
import io.releasecopilot.source.live.CacheReader;
import io.releasecopilot.source.live.FetchRequest;
import io.releasecopilot.source.live.FetchRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads what an audit correlates: fetches from Jira and Bitbucket into the cache when the options say so,
 * reads the cache, and takes the commits from a local clone instead when one is given.
 */
final class AuditSources {

    private final HttpStats stats = new HttpStats();
    private final AtomicReference<JiraMirror.MirrorRead> mirrorRead = new AtomicReference<>();

    /** Returns the HTTP figures of the last {@link #read}: requests, retries, bytes. */
    HttpStats stats() {
        return stats;
    }

    /** Returns what the mirror said about the last {@link #read}, or null when Jira was not read from a mirror. */
    JiraMirror.MirrorRead mirrorRead() {
        return mirrorRead.get();
    }

    AuditInput read(AuditOptions options, SourceAccess access) {
        if (options.fetchesLive()) {
            fetch(options.live(), options, access);
        }
        AuditInput cached = CacheReader.read(options.cacheDir(), options.fixVersion());
        if (options.selection() != null && options.git() == null) {
            cached = options.selection().apply(cached);
        }
        if (mirrorRead.get() != null) {
            cached = withMirror(cached, mirrorRead.get());
        }
        return options.git() == null ? cached : GitSource.read(options.git()).replaceCommitsOf(cached);
    }

    private void fetch(FetchRequest requested, AuditOptions options, SourceAccess access) {
        SecretMask secrets = RunSecrets.feed(access.secrets(), access.credentials());
        JiraSource jira = requested.jira();
        // The API base may differ from the site (the api.atlassian.com gateway); issue links stay on the site.
        String browseUrl = jira.browseUrl() != null ? jira.browseUrl() : stripSlash(jira.site().toString()) + "/browse/";
        JiraMirror mirror = options.jiraMirror();
        HttpGet jiraHttp = null;
        JiraSource resolvedJira;
        if (mirror == null) {
            ApiAccess jiraAccess = JiraAccess.resolve(access.credentials(), flavor(jira.flavor()), jira.site(),
                    access.refreshTokenRotated());
            jiraHttp = new ResilientHttpGet(jiraAccess, RetryPolicy.defaults(), stats, secrets);
            resolvedJira = new JiraSource(jiraAccess.baseUrl(), jira.flavor(), jira.projects(), jira.extraJql(),
                    browseUrl);
        } else {
            if (jira.extraJql() != null && !jira.extraJql().isBlank()) {
                throw new UsageException("--jql cannot be applied to the Jira mirror; leave it out with"
                        + " --jira-source mirror");
            }
            resolvedJira = new JiraSource(jira.site(), jira.flavor(), jira.projects(), null, browseUrl);
        }

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
        FetchRequest resolved = new FetchRequest(requested.fixVersion(), resolvedJira, bitbucket,
                requested.concurrency(), requested.refresh(), requested.maxPages());
        mirrorRead.set(null);
        FetchRunner.fetch(resolved, options.cacheDir(), jiraHttp, bitbucketHttp, access.progress(), mirror == null
                ? null : log -> mirrorRead.set(mirror.writePages(requested.fixVersion(), jira.projects(),
                        jira.flavor(), log)));
    }

    /** Adds the mirror's source line, and its staleness as a warning. */
    private static AuditInput withMirror(AuditInput cached, JiraMirror.MirrorRead read) {
        List<String> sources = new ArrayList<>(cached.sources());
        sources.add(read.source());
        List<String> warnings = new ArrayList<>(cached.warnings());
        if (read.staleReason() != null) {
            warnings.add(read.staleReason());
        }
        return new AuditInput(cached.fixVersion(), cached.jiraBrowseUrl(), cached.stories(), cached.commits(),
                cached.repositories(), cached.pullRequests(), sources, warnings);
    }

    private static String flavor(SourceFlavor flavor) {
        return flavor.name().toLowerCase(Locale.ROOT);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
