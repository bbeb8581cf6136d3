package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.http.CredentialSource;
import io.releasecopilot.source.CommitSelection;
import io.releasecopilot.source.git.GitRange;
import io.releasecopilot.source.live.FetchRequest;
import io.releasecopilot.source.live.FetchRequestBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags that name live sources: Jira, Bitbucket or a local clone, and the release range. */
final class LiveOptions {

    private static final String DEFAULT_FLAVOR = "cloud";

    @Option(names = "--jira-url", paramLabel = "URL",
            description = "Jira site or gateway base (default: $JIRA_BASE_URL); the client appends /rest/api/...")
    String jiraUrl;

    @Option(names = "--jira-flavor", paramLabel = "FLAVOR",
            description = "cloud or datacenter (default: " + DEFAULT_FLAVOR + ").")
    String jiraFlavor;

    @Option(names = "--jql", paramLabel = "JQL", description = "More JQL, ANDed with the fix version.")
    String jql;

    @Option(names = "--bitbucket-url", paramLabel = "URL",
            description = "Bitbucket base (default: $BITBUCKET_BASE_URL, or the Cloud API for cloud).")
    String bitbucketUrl;

    @Option(names = "--bitbucket-flavor", paramLabel = "FLAVOR",
            description = "cloud or datacenter (default: " + DEFAULT_FLAVOR + ").")
    String bitbucketFlavor;

    @Option(names = "--workspace", paramLabel = "WS",
            description = "Cloud workspace or Data Center project key (default: $BITBUCKET_WORKSPACE).")
    String workspace;

    @Option(names = "--repo", paramLabel = "NAME", split = ",", description = "Repository slug (repeatable).")
    List<String> repos = new ArrayList<>();

    @Option(names = "--branch", paramLabel = "REF", split = ",", description = "Release branch or ref (repeatable).")
    List<String> branches = new ArrayList<>();

    @Option(names = "--since-ref", paramLabel = "REF", description = "The previous release's tag or branch.")
    String sinceRef;

    @Option(names = "--since", paramLabel = "DATE", description = "Start of a date window (YYYY-MM-DD or ISO instant).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "End of the date window, inclusive.")
    String until;

    @Option(names = "--git-dir", paramLabel = "PATH", description = "Read commits from this local clone.")
    Path gitDir;

    @Option(names = "--pull-requests", description = "Also link commits through merged pull requests (Cloud).")
    boolean pullRequests;

    @Option(names = "--refresh", description = "Ignore what the cache holds and fetch everything again.")
    boolean refresh;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Fetches at once, 1 to " + FetchRequest.MAX_CONCURRENCY + " (default: "
                    + FetchRequest.DEFAULT_CONCURRENCY + ").")
    Integer concurrency;

    @Option(names = "--max-pages", paramLabel = "N",
            description = "Most pages one ref or Jira search may fetch in a run; a server whose paging loops or"
                    + " never ends stops there (default: " + FetchRequest.DEFAULT_MAX_PAGES + ").")
    Integer maxPages;

    /**
     * Copies the live-source flags into the builder; environment names fill what the flags leave open. A run
     * fetches from Jira when {@code --jira-url} is given, or {@code JIRA_BASE_URL} is set and {@code --fix-version}
     * is given; never with {@code --offline}. Every value is checked the same way online and offline; offline,
     * {@code --repo} and {@code --branch} select from the cache, and a flag only a fetch can use is refused.
     */
    void applyTo(AuditOptions.Builder builder, String fixVersion, List<String> projects, CredentialSource env,
            boolean offline) {
        FetchRequestBuilder flags = flags(fixVersion, projects);
        if (offline) {
            CommitSelection selection = flags.offline();
            if (gitDir != null) {
                builder.git(gitRange());
            } else {
                builder.select(selection);
            }
            return;
        }
        flags.checkValues();
        if (gitDir != null) {
            builder.git(gitRange());
        }
        String jiraSite = jiraUrl != null ? jiraUrl
                : fixVersion != null ? env.value("JIRA_BASE_URL").orElse(null) : null;
        if (jiraSite == null) {
            if (!repos.isEmpty() && gitDir == null) {
                throw new UsageException("--repo needs --jira-url (or JIRA_BASE_URL): the audit fetches the version's"
                        + " issues from Jira; use --offline to audit the cache alone");
            }
            return;
        }
        if (fixVersion == null) {
            throw new UsageException("--fix-version is required to fetch from Jira (" + jiraSite + ")");
        }
        FetchRequestBuilder live = FetchRequest.builder()
                .fixVersion(fixVersion)
                .jiraUrl(jiraSite)
                .jiraFlavor(jiraFlavor != null ? jiraFlavor : DEFAULT_FLAVOR)
                .jql(jql)
                .refresh(refresh);
        projects.forEach(live::project);
        if (concurrency != null) {
            live.concurrency(concurrency);
        }
        if (maxPages != null) {
            live.maxPages(maxPages);
        }
        if (gitDir == null && !repos.isEmpty()) {
            live.bitbucketUrl(bitbucketUrl != null ? bitbucketUrl : env.value("BITBUCKET_BASE_URL").orElse(null))
                    .bitbucketFlavor(bitbucketFlavor != null ? bitbucketFlavor : DEFAULT_FLAVOR)
                    .workspace(workspace != null ? workspace : env.value("BITBUCKET_WORKSPACE").orElse(null))
                    .sinceRef(sinceRef)
                    .since(since)
                    .until(until)
                    .pullRequests(pullRequests);
            repos.forEach(live::repo);
            branches.forEach(live::branch);
        }
        builder.live(live.build());
    }

    /**
     * Returns the flags as given, without environment values, for the checks every run makes. With
     * {@code --git-dir}, the range flags belong to the clone, which checks them itself.
     */
    private FetchRequestBuilder flags(String fixVersion, List<String> projects) {
        FetchRequestBuilder flags = FetchRequest.builder()
                .fixVersion(fixVersion)
                .jiraUrl(jiraUrl)
                .jiraFlavor(jiraFlavor)
                .jql(jql)
                .bitbucketUrl(bitbucketUrl)
                .bitbucketFlavor(bitbucketFlavor)
                .workspace(workspace)
                .pullRequests(pullRequests)
                .refresh(refresh);
        projects.forEach(flags::project);
        repos.forEach(flags::repo);
        branches.forEach(flags::branch);
        if (gitDir == null) {
            flags.sinceRef(sinceRef).since(since).until(until);
        }
        if (concurrency != null) {
            flags.concurrency(concurrency);
        }
        return flags;
    }

    private GitRange gitRange() {
        if (branches.isEmpty()) {
            throw new UsageException("--git-dir needs --branch: the release branch to read");
        }
        GitRange range = sinceRef != null || since == null
                ? GitRange.sinceRef(gitDir, branches, sinceRef)
                : GitRange.window(gitDir, branches, instant("--since", since, false),
                        until == null ? null : instant("--until", until, true));
        return repos.size() == 1 ? range.withRepoName(repos.get(0)) : range;
    }

    private static Instant instant(String flag, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(flag + " " + value + ": not a date (YYYY-MM-DD) or an ISO-8601 instant");
        }
    }
}
