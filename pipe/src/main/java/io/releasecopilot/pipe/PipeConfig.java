package io.releasecopilot.pipe;

import io.releasecopilot.common.SecretValue;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The pipe's settings, read from environment variables only (bitbucket-pipe/README.md has the table).
 * Secrets are {@link SecretValue}s, so {@link #toString()} never shows them.
 *
 * @param fixVersion     {@code FIX_VERSION}; {@code null} only when auditing a cache, which then names it
 * @param jira           the Jira settings, used by the live fetch
 * @param bitbucket      the Bitbucket settings, used by the live fetch and for a direct Code Insights call
 * @param repos          {@code REPOS} (a list), by default the repository being built
 * @param branch         {@code BRANCH}, by default the branch, tag or commit being built
 * @param sinceRef       {@code SINCE_REF}, the previous release's tag or branch, or {@code null}
 * @param policyFile     {@code POLICY_FILE}, resolved against the working directory, or {@code null}
 * @param limits         the FAIL limits given as variables
 * @param s3Upload       {@code S3_UPLOAD} ({@code s3://bucket/prefix}), or {@code null}
 * @param debug          {@code DEBUG}
 * @param allowIncomplete {@code ALLOW_INCOMPLETE}: the gate may pass on incomplete data (an interrupted fetch)
 * @param workDir        {@code BITBUCKET_CLONE_DIR}, else the working directory
 * @param cacheDir       {@code RC_CACHE_DIR}: audit this cache offline instead of fetching; {@code null} for live
 * @param build          what Pipelines says about the build
 * @param pipelinesProxy the Pipelines auth proxy ({@code RC_PIPELINES_PROXY}, default
 *                       {@code host.docker.internal:29418})
 */
public record PipeConfig(
        String fixVersion,
        Jira jira,
        Bitbucket bitbucket,
        List<RepoRef> repos,
        String branch,
        String sinceRef,
        Path policyFile,
        Limits limits,
        URI s3Upload,
        boolean debug,
        boolean allowIncomplete,
        Path workDir,
        Path cacheDir,
        Build build,
        InetSocketAddress pipelinesProxy) {

    public PipeConfig {
        repos = List.copyOf(repos);
    }

    /**
     * Reads and checks every variable and reports all problems at once.
     *
     * @throws PipeVariablesException with one line per unknown, malformed, missing or conflicting variable
     */
    public static PipeConfig fromEnvironment(Map<String, String> env) {
        return new PipeConfigReader(env).read();
    }

    /** Returns whether an existing cache is audited ({@code RC_CACHE_DIR}) instead of a live fetch. */
    public boolean offline() {
        return cacheDir != null;
    }

    /** Returns where the artifacts go: {@code <workDir>/release-audit}, for {@code artifacts:} to pick up. */
    public Path outputDir() {
        return workDir.resolve("release-audit");
    }

    /** Returns the cache a live fetch fills: {@code <workDir>/.release-copilot/cache} (a Pipelines cache can keep it). */
    public Path liveCacheDir() {
        return workDir.resolve(".release-copilot").resolve("cache");
    }

    /**
     * Jira settings.
     *
     * @param baseUrl  {@code JIRA_BASE_URL}, the site ({@code https://acme.atlassian.net})
     * @param flavor   {@code JIRA_FLAVOR}: {@code cloud} (default) or {@code datacenter}
     * @param email    {@code JIRA_EMAIL}: Atlassian account e-mail (Cloud) or username (Data Center)
     * @param apiToken {@code JIRA_API_TOKEN}: Cloud API token (or Data Center password)
     * @param token    {@code JIRA_TOKEN}: Data Center personal access token
     * @param cloudId  {@code JIRA_CLOUD_ID}: routes Cloud calls through the API gateway (scoped tokens)
     * @param mirror   {@code JIRA_SOURCE: mirror}: read the issues from the DynamoDB mirror instead, or null
     */
    public record Jira(URI baseUrl, String flavor, String email, SecretValue apiToken, SecretValue token, String cloudId,
            Mirror mirror) {
    }

    /**
     * The Jira mirror an audit reads instead of the Jira search (docs/aws.md).
     *
     * @param table       {@code MIRROR_TABLE}
     * @param maxAge      {@code MIRROR_MAX_AGE}, or null for the default (24h)
     * @param acceptStale {@code ACCEPT_STALE_MIRROR}
     */
    public record Mirror(String table, String maxAge, boolean acceptStale) {
    }

    /**
     * Bitbucket settings.
     *
     * @param baseUrl     {@code BITBUCKET_BASE_URL}; {@code null} means the Cloud API {@code https://api.bitbucket.org}
     * @param email       {@code BITBUCKET_EMAIL}, the Atlassian account e-mail that goes with an API token
     * @param apiToken    {@code BITBUCKET_API_TOKEN} (Basic with the e-mail)
     * @param accessToken {@code BITBUCKET_ACCESS_TOKEN} (Bearer): a repository, project or workspace token
     */
    public record Bitbucket(URI baseUrl, String email, SecretValue apiToken, SecretValue accessToken) {

        /** Returns whether an API token with e-mail or an access token is set. */
        public boolean hasCredentials() {
            return apiToken != null && email != null || accessToken != null;
        }
    }

    /**
     * FAIL limits; each replaces the FAIL level of the policy file's (or the default) limit.
     *
     * @param maxStoriesWithoutCommits {@code MAX_STORIES_WITHOUT_COMMITS}
     * @param maxOrphanCommits         {@code MAX_ORPHAN_COMMITS}
     * @param maxOutOfScopeCommits     {@code MAX_OUT_OF_SCOPE_COMMITS}
     * @param minCoverage              {@code MIN_COVERAGE}, 0..1
     */
    public record Limits(Integer maxStoriesWithoutCommits, Integer maxOrphanCommits, Integer maxOutOfScopeCommits,
            Double minCoverage) {
    }

    /**
     * A repository to read commits from.
     *
     * @param workspace the Cloud workspace (or Data Center project key)
     * @param slug      the repository slug
     */
    public record RepoRef(String workspace, String slug) {

        @Override
        public String toString() {
            return workspace + "/" + slug;
        }
    }

    /**
     * The build, from the variables Pipelines sets.
     *
     * @param workspace             {@code BITBUCKET_WORKSPACE}
     * @param repoSlug              {@code BITBUCKET_REPO_SLUG}
     * @param commit                {@code BITBUCKET_COMMIT}, the commit the report is posted on
     * @param buildNumber           {@code BITBUCKET_BUILD_NUMBER}
     * @param branch                {@code BITBUCKET_BRANCH}
     * @param tag                   {@code BITBUCKET_TAG}
     * @param deploymentEnvironment {@code BITBUCKET_DEPLOYMENT_ENVIRONMENT}
     * @param inPipelines           whether this runs inside Pipelines ({@code CI=true} or a build number)
     */
    public record Build(String workspace, String repoSlug, String commit, String buildNumber, String branch,
            String tag, String deploymentEnvironment, boolean inPipelines) {
    }
}
