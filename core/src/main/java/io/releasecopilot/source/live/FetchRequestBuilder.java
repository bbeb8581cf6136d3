package io.releasecopilot.source.live;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.ApiUrls;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.CommitSelection;
import io.releasecopilot.source.JiraSource;
import io.releasecopilot.source.jira.Jql;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link FetchRequest} (from {@link FetchRequest#builder()}): setters named after the flags, each returning
 * the builder, and the checks of {@link #build()}. Repeatable flags ({@code --project}, {@code --repo},
 * {@code --branch}) append, and each value may be a comma list.
 */
public final class FetchRequestBuilder {

    private String fixVersion;
    private String jiraUrl;
    private String jiraFlavor;
    private final List<String> projects = new ArrayList<>();
    private String jql;
    private String jiraBrowseUrl;
    private String bitbucketUrl;
    private String bitbucketFlavor;
    private String workspace;
    private final List<String> repos = new ArrayList<>();
    private final List<String> branches = new ArrayList<>();
    private String sinceRef;
    private String since;
    private String until;
    private boolean pullRequests;
    private Integer concurrency;
    private boolean refresh;
    private Integer maxPages;

    FetchRequestBuilder() {
    }

    /** {@code --fix-version}. */
    public FetchRequestBuilder fixVersion(String value) {
        fixVersion = value;
        return this;
    }

    /** {@code --jira-url}: the site or gateway base. */
    public FetchRequestBuilder jiraUrl(String value) {
        jiraUrl = value;
        return this;
    }

    /** {@code --jira-flavor}: {@code cloud} or {@code datacenter}. */
    public FetchRequestBuilder jiraFlavor(String value) {
        jiraFlavor = value;
        return this;
    }

    /** {@code --jira-flavor} as a value. */
    public FetchRequestBuilder jiraFlavor(SourceFlavor value) {
        jiraFlavor = value == null ? null : value.name().toLowerCase(Locale.ROOT);
        return this;
    }

    /** {@code --project}, repeatable; each value may be a comma list. */
    public FetchRequestBuilder project(String... values) {
        projects.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code --jql}: more JQL to AND with. */
    public FetchRequestBuilder jql(String value) {
        jql = value;
        return this;
    }

    /** The base of issue links when it differs from {@code <jira-url>/browse/} (a gateway URL). */
    public FetchRequestBuilder jiraBrowseUrl(String value) {
        jiraBrowseUrl = value;
        return this;
    }

    /** {@code --bitbucket-url}; defaults to {@code https://api.bitbucket.org} for Cloud. */
    public FetchRequestBuilder bitbucketUrl(String value) {
        bitbucketUrl = value;
        return this;
    }

    /** {@code --bitbucket-flavor}: {@code cloud} or {@code datacenter}. */
    public FetchRequestBuilder bitbucketFlavor(String value) {
        bitbucketFlavor = value;
        return this;
    }

    /** {@code --bitbucket-flavor} as a value. */
    public FetchRequestBuilder bitbucketFlavor(SourceFlavor value) {
        bitbucketFlavor = value == null ? null : value.name().toLowerCase(Locale.ROOT);
        return this;
    }

    /** {@code --workspace}: the Cloud workspace or the Data Center project key. */
    public FetchRequestBuilder workspace(String value) {
        workspace = value;
        return this;
    }

    /** {@code --repo}, repeatable; each value may be a comma list. */
    public FetchRequestBuilder repo(String... values) {
        repos.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code --branch}, repeatable; each value may be a comma list. */
    public FetchRequestBuilder branch(String... values) {
        branches.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code --since-ref}: the previous release ref. */
    public FetchRequestBuilder sinceRef(String value) {
        sinceRef = value;
        return this;
    }

    /** {@code --since}: the first day of the window, {@code YYYY-MM-DD}. */
    public FetchRequestBuilder since(String value) {
        since = value;
        return this;
    }

    /** {@code --until}: the last day of the window, {@code YYYY-MM-DD}. */
    public FetchRequestBuilder until(String value) {
        until = value;
        return this;
    }

    /** {@code --pull-requests}: read merged pull requests to link their commits (Bitbucket Cloud). */
    public FetchRequestBuilder pullRequests(boolean value) {
        pullRequests = value;
        return this;
    }

    /** {@code --concurrency}: fetches at once, 1 to {@value FetchRequest#MAX_CONCURRENCY}. */
    public FetchRequestBuilder concurrency(int value) {
        concurrency = value;
        return this;
    }

    /** {@code --refresh}: ignore what the cache holds. */
    public FetchRequestBuilder refresh(boolean value) {
        refresh = value;
        return this;
    }

    /** {@code --max-pages}: the most pages one ref or query may ask for in one run. */
    public FetchRequestBuilder maxPages(int value) {
        maxPages = value;
        return this;
    }

    /**
     * Checks the values and returns the sources.
     *
     * @throws UsageException naming the flag of the first value that cannot be used
     */
    public FetchRequest build() {
        checkValues();
        String version = fixVersion == null ? "" : fixVersion.strip();
        Jql.forFixVersion(version, List.of(), null);
        JiraSource jira = jira();
        BitbucketSource bitbucket = bitbucket();
        return new FetchRequest(version, jira, bitbucket,
                concurrency == null ? FetchRequest.DEFAULT_CONCURRENCY : concurrency, refresh,
                maxPages == null ? FetchRequest.DEFAULT_MAX_PAGES : maxPages);
    }

    /**
     * Checks each value given, whatever the run does with it: URLs, flavors, keys, slugs, refs, dates and the
     * concurrency. {@link #build()} and {@link #offline()} start with these checks, so a value is refused the same
     * way online and offline; a run that fetches nothing calls it alone.
     *
     * @throws UsageException naming the flag of the first value that is wrong
     */
    public void checkValues() {
        if (given(jiraUrl)) {
            SourceFlags.url("--jira-url", jiraUrl);
        }
        if (given(jiraFlavor)) {
            SourceFlags.flavor("--jira-flavor", jiraFlavor);
        }
        SourceFlags.list(projects).forEach(Jql::projectKey);
        if (given(jql)) {
            Jql.checkExtra(jql);
        }
        if (given(bitbucketUrl)) {
            SourceFlags.url("--bitbucket-url", bitbucketUrl);
        }
        if (given(bitbucketFlavor)) {
            SourceFlags.flavor("--bitbucket-flavor", bitbucketFlavor);
        }
        if (given(workspace)) {
            SourceFlags.workspace(workspace);
        }
        SourceFlags.list(repos).forEach(repo -> SourceFlags.slug("--repo", repo));
        SourceFlags.list(branches).forEach(branch -> SourceFlags.ref("--branch", branch));
        if (given(sinceRef)) {
            SourceFlags.ref("--since-ref", sinceRef);
        }
        LocalDate from = given(since) ? SourceFlags.date("--since", since) : null;
        LocalDate to = given(until) ? SourceFlags.date("--until", until) : null;
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--until " + to + " is before --since " + from);
        }
        if (concurrency != null && (concurrency < 1 || concurrency > FetchRequest.MAX_CONCURRENCY)) {
            throw new UsageException("--concurrency must be between 1 and " + FetchRequest.MAX_CONCURRENCY + ", not "
                    + concurrency);
        }
        if (maxPages != null && maxPages < 1) {
            throw new UsageException("--max-pages must be at least 1, not " + maxPages);
        }
    }

    /**
     * For an audit of the cache alone: checks the values as {@link #build()} does and returns the repositories and
     * refs to read from the cache.
     *
     * @throws UsageException for a wrong value, or naming a flag that only a fetch can honour (a URL, a flavor,
     *                        {@code --jql}, {@code --workspace}, the range, {@code --pull-requests},
     *                        {@code --refresh}, {@code --concurrency},
     *                        {@code --max-pages})
     */
    public CommitSelection offline() {
        checkValues();
        String[][] liveOnly = {{"--jira-url", jiraUrl}, {"--jira-flavor", jiraFlavor}, {"--jql", jql},
            {"--bitbucket-url", bitbucketUrl}, {"--bitbucket-flavor", bitbucketFlavor}, {"--workspace", workspace},
            {"--since-ref", sinceRef}, {"--since", since}, {"--until", until},
            {"--pull-requests", pullRequests ? "true" : null}, {"--refresh", refresh ? "true" : null},
            {"--concurrency", concurrency == null ? null : concurrency.toString()},
            {"--max-pages", maxPages == null ? null : maxPages.toString()}};
        for (String[] flag : liveOnly) {
            if (given(flag[1])) {
                throw new UsageException(flag[0] + " cannot be used with --offline: it only applies to a fetch"
                        + " (offline, --repo and --branch select from the cache)");
            }
        }
        return new CommitSelection(SourceFlags.list(repos), SourceFlags.list(branches));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private JiraSource jira() {
        if (jiraUrl == null || jiraUrl.isBlank()) {
            throw new UsageException("--jira-url is required to fetch from Jira (or use --offline)");
        }
        URI site = SourceFlags.url("--jira-url", jiraUrl);
        if (jiraFlavor == null || jiraFlavor.isBlank()) {
            throw new UsageException("--jira-flavor is required with --jira-url (cloud or datacenter)");
        }
        SourceFlavor flavor = SourceFlags.flavor("--jira-flavor", jiraFlavor);
        List<String> keys = new ArrayList<>();
        for (String key : SourceFlags.list(projects)) {
            String upper = Jql.projectKey(key);
            if (!keys.contains(upper)) {
                keys.add(upper);
            }
        }
        String extra = jql == null || jql.isBlank() ? null : Jql.checkExtra(jql);
        String browse;
        if (jiraBrowseUrl != null && !jiraBrowseUrl.isBlank()) {
            browse = ApiUrls.trimSlashes(SourceFlags.url("--jira-browse-url", jiraBrowseUrl).toString()) + "/browse/";
        } else {
            browse = "api.atlassian.com".equalsIgnoreCase(site.getHost()) ? null
                    : ApiUrls.trimSlashes(site.toString()) + "/browse/";
        }
        return new JiraSource(site, flavor, keys, extra, browse);
    }

    private BitbucketSource bitbucket() {
        String given = firstBitbucketFlag();
        if (given == null) {
            return null;
        }
        List<String> repoList = SourceFlags.list(repos);
        if (repoList.isEmpty()) {
            throw new UsageException("--repo is required with " + given);
        }
        if (workspace == null || workspace.isBlank()) {
            throw new UsageException("--workspace is required with --repo");
        }
        List<String> branchList = SourceFlags.list(branches);
        if (branchList.isEmpty()) {
            throw new UsageException("--branch is required with --repo");
        }
        if (bitbucketFlavor == null || bitbucketFlavor.isBlank()) {
            throw new UsageException("--bitbucket-flavor is required with --repo (cloud or datacenter)");
        }
        SourceFlavor flavor = SourceFlags.flavor("--bitbucket-flavor", bitbucketFlavor);
        URI base = base(flavor);
        String ws = SourceFlags.workspace(workspace);
        repoList.forEach(repo -> SourceFlags.slug("--repo", repo));
        branchList.forEach(branch -> SourceFlags.ref("--branch", branch));
        String previous = sinceRef == null || sinceRef.isBlank() ? null : SourceFlags.ref("--since-ref", sinceRef);
        LocalDate from = since == null || since.isBlank() ? null : SourceFlags.date("--since", since);
        LocalDate to = until == null || until.isBlank() ? null : SourceFlags.date("--until", until);
        if (previous != null && (from != null || to != null)) {
            throw new UsageException("--since-ref cannot be combined with " + (from != null ? "--since" : "--until")
                    + ": give a previous release ref or a date window, not both");
        }
        if (to != null && from == null) {
            throw new UsageException("--until requires --since");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--until " + to + " is before --since " + from);
        }
        if (pullRequests && flavor != SourceFlavor.CLOUD) {
            throw new UsageException("--pull-requests is supported with --bitbucket-flavor cloud only");
        }
        return new BitbucketSource(base, flavor, ws, repoList, branchList, previous, from, to, pullRequests);
    }

    private URI base(SourceFlavor flavor) {
        if (bitbucketUrl == null || bitbucketUrl.isBlank()) {
            if (flavor == SourceFlavor.DATACENTER) {
                throw new UsageException("--bitbucket-url is required with --bitbucket-flavor datacenter");
            }
            return BitbucketSource.CLOUD_API;
        }
        URI uri = SourceFlags.url("--bitbucket-url", bitbucketUrl);
        String text = uri.toString();
        if (flavor == SourceFlavor.CLOUD && text.endsWith("/2.0")) {
            return URI.create(text.substring(0, text.length() - "/2.0".length()));
        }
        if (flavor == SourceFlavor.DATACENTER && text.endsWith("/rest/api/1.0")) {
            return URI.create(text.substring(0, text.length() - "/rest/api/1.0".length()));
        }
        return uri;
    }

    /**
     * Returns the first flag that selects commits, or null when none does. The connection settings
     * ({@code --bitbucket-url}, {@code --bitbucket-flavor}, {@code --workspace}) often come from the environment or
     * a config file, so alone they do not ask for a Bitbucket fetch.
     */
    private String firstBitbucketFlag() {
        if (!SourceFlags.list(repos).isEmpty()) {
            return "--repo";
        }
        if (!SourceFlags.list(branches).isEmpty()) {
            return "--branch";
        }
        String[][] flags = {{"--since-ref", sinceRef}, {"--since", since}, {"--until", until}};
        for (String[] flag : flags) {
            if (flag[1] != null && !flag[1].isBlank()) {
                return flag[0];
            }
        }
        return pullRequests ? "--pull-requests" : null;
    }
}
