package io.releasecopilot.pipe;

import io.releasecopilot.common.UntrustedText;
import static io.releasecopilot.pipe.PipeVariables.*;

import io.releasecopilot.common.SecretValue;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the environment into a {@link PipeConfig}, or a {@link PipeVariablesException} listing every problem. */
final class PipeConfigReader {

    static final String DEFAULT_PROXY = "host.docker.internal:29418";

    private static final Pattern REPO = Pattern.compile("(?:([A-Za-z0-9][A-Za-z0-9._-]*)/)?([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern PROXY = Pattern.compile("(?:http://)?([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+]):(\\d{1,5})/?");
    private static final Pattern S3 = Pattern.compile("s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(/[^\\s]*)?");
    private static final Pattern CLOUD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Map<String, String> env;
    private final EnvReader in;

    PipeConfigReader(Map<String, String> env) {
        this.env = env;
        this.in = new EnvReader(env);
    }

    PipeConfig read() {
        for (String line : PipeVariables.unknown(env)) {
            in.problem(line);
        }
        PipeConfig.Build build = build();
        Path workDir = workDir();
        Path cacheDir = in.path(RC_CACHE_DIR, workDir);
        boolean live = cacheDir == null;

        String fixVersion = in.text(FIX_VERSION);
        if (live && fixVersion == null) {
            in.problem(FIX_VERSION + ": required (the Jira fix version to audit)");
        }
        PipeConfig.Jira jira = jira(live);
        PipeConfig.Bitbucket bitbucket = bitbucket(live);
        List<PipeConfig.RepoRef> repos = repos(build, live);
        String branch = firstOf(in.token(BRANCH), build.branch(), build.tag(), build.commit());
        if (live && branch == null) {
            in.problem(BRANCH + ": required outside Bitbucket Pipelines (the branch or tag that ships)");
        }
        String sinceRef = in.token(SINCE_REF);
        Path policyFile = in.path(POLICY_FILE, workDir);
        if (policyFile != null && !Files.isRegularFile(policyFile)) {
            in.problem(POLICY_FILE + ": " + policyFile + ": no such file");
        }
        PipeConfig.Limits limits = new PipeConfig.Limits(in.count(MAX_STORIES_WITHOUT_COMMITS),
                in.count(MAX_ORPHAN_COMMITS), in.count(MAX_OUT_OF_SCOPE_COMMITS), in.share(MIN_COVERAGE));
        URI s3 = s3();
        boolean debug = in.flag(DEBUG);
        boolean allowIncomplete = in.flag(ALLOW_INCOMPLETE);
        InetSocketAddress proxy = proxy();

        if (!in.problems().isEmpty()) {
            throw new PipeVariablesException(in.problems());
        }
        return new PipeConfig(fixVersion, jira, bitbucket, repos, branch, sinceRef, policyFile, limits, s3, debug,
                allowIncomplete, workDir, cacheDir, build, proxy);
    }

    private PipeConfig.Build build() {
        boolean inPipelines = "true".equalsIgnoreCase(in.text(CI)) || in.has(BUILD_NUMBER);
        return new PipeConfig.Build(in.text(WORKSPACE), in.text(REPO_SLUG), in.token(COMMIT), in.text(BUILD_NUMBER),
                in.text(CURRENT_BRANCH), in.text(TAG), in.text(DEPLOYMENT_ENVIRONMENT), inPipelines);
    }

    private Path workDir() {
        Path cwd = Path.of("").toAbsolutePath();
        Path cloneDir = in.path(CLONE_DIR, cwd);
        if (cloneDir == null) {
            return cwd;
        }
        if (!Files.isDirectory(cloneDir)) {
            in.problem(CLONE_DIR + ": " + cloneDir + " is not a directory");
            return cwd;
        }
        return cloneDir;
    }

    private PipeConfig.Jira jira(boolean live) {
        URI baseUrl = in.url(JIRA_BASE_URL);
        String flavor = in.choice(JIRA_FLAVOR, "cloud", "cloud", "datacenter");
        String email = in.text(JIRA_EMAIL);
        SecretValue apiToken = in.secret(JIRA_API_TOKEN);
        SecretValue token = in.secret(JIRA_TOKEN);
        String cloudId = in.token(JIRA_CLOUD_ID);
        pair(JIRA_EMAIL, email != null, JIRA_API_TOKEN, apiToken != null);
        if (token != null && apiToken != null) {
            in.problem(JIRA_TOKEN + ": set either " + JIRA_TOKEN + " or " + JIRA_EMAIL + " + " + JIRA_API_TOKEN
                    + ", not both");
        }
        boolean cloud = flavor.equals("cloud");
        if (cloud && token != null) {
            in.problem(JIRA_TOKEN + ": a Data Center personal access token, but " + JIRA_FLAVOR + " is cloud:"
                    + " set " + JIRA_FLAVOR + ": datacenter, or use " + JIRA_EMAIL + " + " + JIRA_API_TOKEN);
        }
        if (cloudId != null && !cloud) {
            in.problem(JIRA_CLOUD_ID + ": only for Jira Cloud, but " + JIRA_FLAVOR + " is datacenter");
        } else if (cloudId != null && !CLOUD_ID.matcher(cloudId).matches()) {
            in.problem(JIRA_CLOUD_ID + ": '" + UntrustedText.echo(cloudId, EnvReader.SHOWN)
                    + "' is not a cloud id (letters, digits, -)");
        }
        if (live && baseUrl == null && !in.has(JIRA_BASE_URL)) {
            in.problem(JIRA_BASE_URL + ": required (the Jira site, e.g. https://acme.atlassian.net)");
        }
        PipeConfig.Mirror mirror = null;
        if ("mirror".equals(in.choice(JIRA_SOURCE, "api", "api", "mirror"))) {
            String table = in.text(MIRROR_TABLE);
            if (table == null) {
                in.problem(MIRROR_TABLE + ": required with " + JIRA_SOURCE + ": mirror (the DynamoDB table)");
            }
            if (!live) {
                in.problem(JIRA_SOURCE + ": mirror reads Jira's issues live; it cannot be used with " + RC_CACHE_DIR);
            }
            mirror = new PipeConfig.Mirror(table, in.text(MIRROR_MAX_AGE), in.flag(ACCEPT_STALE_MIRROR));
        }
        if (live && mirror == null && apiToken == null && token == null) {
            in.problem(JIRA_API_TOKEN + ": required: set " + JIRA_EMAIL + " + " + JIRA_API_TOKEN
                    + (cloud ? "" : ", or " + JIRA_TOKEN + " (a personal access token)"));
        }
        return new PipeConfig.Jira(baseUrl, flavor, email, apiToken, token, cloudId, mirror);
    }

    private PipeConfig.Bitbucket bitbucket(boolean live) {
        URI baseUrl = in.url(BITBUCKET_BASE_URL);
        String email = in.text(BITBUCKET_EMAIL);
        SecretValue apiToken = in.secret(BITBUCKET_API_TOKEN);
        SecretValue accessToken = in.secret(BITBUCKET_ACCESS_TOKEN);
        pair(BITBUCKET_EMAIL, email != null, BITBUCKET_API_TOKEN, apiToken != null);
        if (apiToken != null && accessToken != null) {
            in.problem(BITBUCKET_ACCESS_TOKEN + ": set either " + BITBUCKET_ACCESS_TOKEN + " or " + BITBUCKET_EMAIL
                    + " + " + BITBUCKET_API_TOKEN + ", not both");
        }
        if (live && apiToken == null && accessToken == null) {
            in.problem(BITBUCKET_API_TOKEN + ": required to read commits: set " + BITBUCKET_EMAIL + " + "
                    + BITBUCKET_API_TOKEN + ", or " + BITBUCKET_ACCESS_TOKEN
                    + " (the Pipelines proxy is only used for the Code Insights report)");
        }
        return new PipeConfig.Bitbucket(baseUrl, email, apiToken, accessToken);
    }

    private void pair(String first, boolean hasFirst, String second, boolean hasSecond) {
        if (hasFirst && !hasSecond) {
            in.problem(first + ": set without " + second + "; set both or neither");
        } else if (hasSecond && !hasFirst) {
            in.problem(second + ": set without " + first + " (the Atlassian account e-mail); set both or neither");
        }
    }

    private List<PipeConfig.RepoRef> repos(PipeConfig.Build build, boolean live) {
        List<PipeConfig.RepoRef> repos = new ArrayList<>();
        TreeMap<Integer, String> items = new TreeMap<>();
        for (String name : env.keySet()) {
            int index = PipeVariables.reposIndex(name);
            if (index >= 0) {
                items.put(index, name);
            }
        }
        if (in.text(REPOS_COUNT) != null) {
            Integer count = in.count(REPOS_COUNT);
            if (count == null) {
                return repos;
            }
            for (int i = 0; i < count; i++) {
                String name = "REPOS_" + i;
                if (in.text(name) == null) {
                    in.problem(name + ": not set, but " + REPOS_COUNT + " is " + count);
                } else {
                    repo(name, in.text(name), build, repos);
                }
            }
            items.tailMap(count).values().forEach(name -> in.problem(name + ": unknown variable: "
                    + REPOS_COUNT + " is " + count + (count == 0 ? "" : " (REPOS_0..REPOS_" + (count - 1) + ")")));
        } else if (!items.isEmpty()) {
            items.values().forEach(name -> in.problem(name + ": set without " + REPOS_COUNT
                    + "; give REPOS as a YAML list, which sets both"));
        } else if (in.text(REPOS) != null) {
            for (String item : in.text(REPOS).split("[,\\s]+")) {
                if (!item.isEmpty()) {
                    repo(REPOS, item, build, repos);
                }
            }
        } else if (build.workspace() != null && build.repoSlug() != null) {
            repos.add(new PipeConfig.RepoRef(build.workspace(), build.repoSlug()));
        } else if (live) {
            in.problem(REPOS + ": required outside Bitbucket Pipelines (workspace/repo-slug, as a list)");
        }
        return repos;
    }

    private void repo(String name, String value, PipeConfig.Build build, List<PipeConfig.RepoRef> repos) {
        Matcher matcher = REPO.matcher(value);
        if (!matcher.matches()) {
            in.problem(name + ": '" + UntrustedText.echo(value, EnvReader.SHOWN)
                    + "' is not a repository: write workspace/repo-slug");
            return;
        }
        String workspace = matcher.group(1) != null ? matcher.group(1) : build.workspace();
        if (workspace == null) {
            in.problem(name + ": '" + value + "' has no workspace: write workspace/" + value);
            return;
        }
        repos.add(new PipeConfig.RepoRef(workspace, matcher.group(2)));
    }

    private URI s3() {
        String value = in.text(S3_UPLOAD);
        if (value == null) {
            return null;
        }
        if (!S3.matcher(value).matches()) {
            in.problem(S3_UPLOAD + ": '" + UntrustedText.echo(value, EnvReader.SHOWN)
                    + "' is not an S3 location like s3://bucket/prefix");
            return null;
        }
        return URI.create(value.replaceAll("/+$", ""));
    }

    private InetSocketAddress proxy() {
        String value = firstOf(in.text(RC_PIPELINES_PROXY), DEFAULT_PROXY);
        Matcher matcher = PROXY.matcher(value);
        if (!matcher.matches() || Integer.parseInt(matcher.group(2)) > 65_535) {
            in.problem(RC_PIPELINES_PROXY + ": '" + UntrustedText.echo(value, EnvReader.SHOWN) + "' is not host:port");
            return null;
        }
        return InetSocketAddress.createUnresolved(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
