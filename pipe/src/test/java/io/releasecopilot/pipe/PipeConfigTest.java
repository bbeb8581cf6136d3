package io.releasecopilot.pipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipeConfigTest {

    @TempDir
    Path clone;

    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() {
        env.putAll(Map.of("CI", "true", "BITBUCKET_WORKSPACE", "acme", "BITBUCKET_REPO_SLUG", "portal",
                "BITBUCKET_COMMIT", "0123456789abcdef0123456789abcdef01234567", "BITBUCKET_BUILD_NUMBER", "42",
                "BITBUCKET_BRANCH", "release/2026.03", "BITBUCKET_CLONE_DIR", clone.toString()));
    }

    @Test
    void shouldDefaultToTheRepositoryAndBranchBeingBuilt() {
        live();

        PipeConfig config = PipeConfig.fromEnvironment(env);

        assertThat(config.offline()).isFalse();
        assertThat(config.fixVersion()).isEqualTo("2026.03.1");
        assertThat(config.repos()).containsExactly(new PipeConfig.RepoRef("acme", "portal"));
        assertThat(config.branch()).isEqualTo("release/2026.03");
        assertThat(config.jira().flavor()).isEqualTo("cloud");
        assertThat(config.bitbucket().baseUrl()).isNull();
        assertThat(config.workDir()).isEqualTo(clone);
        assertThat(config.outputDir()).isEqualTo(clone.resolve("release-audit"));
        assertThat(config.build().inPipelines()).isTrue();
        assertThat(config.pipelinesProxy().getHostString()).isEqualTo("host.docker.internal");
        assertThat(config.pipelinesProxy().getPort()).isEqualTo(29418);
        assertThat(config.debug()).isFalse();
    }

    @Test
    void shouldReadEveryVariable() throws Exception {
        live();
        Files.writeString(clone.resolve("policy.yml"), "thresholds: {}\n");
        env.putAll(Map.of("REPOS_COUNT", "2", "REPOS_0", "acme/portal", "REPOS_1", "mobile-app", "BRANCH", "main",
                "SINCE_REF", "v2026.02.2", "POLICY_FILE", "policy.yml", "MAX_STORIES_WITHOUT_COMMITS", "0",
                "MAX_ORPHAN_COMMITS", "50", "MAX_OUT_OF_SCOPE_COMMITS", "7", "MIN_COVERAGE", "0.9"));
        env.putAll(Map.of("S3_UPLOAD", "s3://audits/releases/", "DEBUG", "TRUE", "JIRA_FLAVOR", "DataCenter",
                "BITBUCKET_BASE_URL", "https://api.bitbucket.org/2.0/", "RC_PIPELINES_PROXY", "http://localhost:8123"));
        env.remove("JIRA_EMAIL");
        env.remove("JIRA_API_TOKEN");
        env.put("JIRA_TOKEN", "pat-value");

        PipeConfig config = PipeConfig.fromEnvironment(env);

        assertThat(config.repos()).extracting(PipeConfig.RepoRef::toString).containsExactly("acme/portal", "acme/mobile-app");
        assertThat(config.branch()).isEqualTo("main");
        assertThat(config.sinceRef()).isEqualTo("v2026.02.2");
        assertThat(config.policyFile()).isEqualTo(clone.resolve("policy.yml"));
        assertThat(config.limits()).isEqualTo(new PipeConfig.Limits(0, 50, 7, 0.9));
        assertThat(config.s3Upload()).hasToString("s3://audits/releases");
        assertThat(config.debug()).isTrue();
        assertThat(config.jira().flavor()).isEqualTo("datacenter");
        assertThat(config.jira().token().reveal()).isEqualTo("pat-value");
        assertThat(config.bitbucket().baseUrl()).hasToString("https://api.bitbucket.org/2.0");
        assertThat(config.pipelinesProxy().getHostString()).isEqualTo("localhost");
        assertThat(config.pipelinesProxy().getPort()).isEqualTo(8123);
    }

    @Test
    void shouldAcceptAPlainReposValue() {
        live();
        env.put("REPOS", "acme/portal, mobile-app other/billing");

        assertThat(PipeConfig.fromEnvironment(env).repos()).extracting(PipeConfig.RepoRef::toString)
                .containsExactly("acme/portal", "acme/mobile-app", "other/billing");
    }

    @Test
    void shouldAuditACacheWithoutJiraOrBitbucketSettings() {
        env.put("RC_CACHE_DIR", "cache");

        PipeConfig config = PipeConfig.fromEnvironment(env);

        assertThat(config.offline()).isTrue();
        assertThat(config.cacheDir()).isEqualTo(clone.resolve("cache"));
        assertThat(config.fixVersion()).isNull();
    }

    @Test
    void shouldNameEverySettingALiveFetchNeeds() {
        Map<String, String> bare = Map.of("BITBUCKET_CLONE_DIR", clone.toString());

        assertThat(problems(bare)).hasSize(6).satisfiesExactly(
                line -> assertThat(line).startsWith("FIX_VERSION: required"),
                line -> assertThat(line).startsWith("JIRA_BASE_URL: required"),
                line -> assertThat(line).startsWith("JIRA_API_TOKEN: required"),
                line -> assertThat(line).startsWith("BITBUCKET_API_TOKEN: required"),
                line -> assertThat(line).startsWith("REPOS: required"),
                line -> assertThat(line).startsWith("BRANCH: required"));
    }

    @Test
    void shouldReadTheIssuesFromTheMirrorWithoutJiraCredentials() {
        live();
        env.remove("JIRA_EMAIL");
        env.remove("JIRA_API_TOKEN");
        env.putAll(Map.of("JIRA_SOURCE", "mirror", "MIRROR_TABLE", "rc-mirror", "MIRROR_MAX_AGE", "6h",
                "ACCEPT_STALE_MIRROR", "true"));

        PipeConfig config = PipeConfig.fromEnvironment(env);

        assertThat(config.jira().mirror()).isEqualTo(new PipeConfig.Mirror("rc-mirror", "6h", true));
    }

    @Test
    void shouldRequireTheMirrorTableAndALiveRun() {
        live();
        env.put("JIRA_SOURCE", "mirror");
        env.put("RC_CACHE_DIR", clone.toString());

        assertThat(problems(env)).anySatisfy(line -> assertThat(line).startsWith("MIRROR_TABLE: required"))
                .anySatisfy(line -> assertThat(line).startsWith("JIRA_SOURCE: mirror reads Jira's issues live"));
    }

    @Test
    void shouldReportEveryMalformedVariableOnItsOwnLine() {
        env.put("RC_CACHE_DIR", "cache");
        env.putAll(Map.of("MAX_ORPHAN_COMMITS", "many", "MAX_OUT_OF_SCOPE_COMMITS", "-1", "MIN_COVERAGE", "90",
                "JIRA_FLAVOR", "server", "DEBUG", "yes", "S3_UPLOAD", "https://bucket", "JIRA_BASE_URL", "acme.atlassian.net",
                "REPOS_COUNT", "3", "REPOS_0", "acme/portal", "REPOS_1", "bad repo!"));
        env.putAll(Map.of("REPOS_4", "acme/extra", "POLICY_FILE", "missing.yml", "BRANCH", "main branch"));

        List<String> problems = problems(env);

        assertThat(problems).containsExactlyInAnyOrder(
                "JIRA_BASE_URL: 'acme.atlassian.net' is not an http(s) address like https://example.com",
                "JIRA_FLAVOR: 'server' is not one of cloud, datacenter",
                "REPOS_1: 'bad repo!' is not a repository: write workspace/repo-slug",
                "REPOS_2: not set, but REPOS_COUNT is 3",
                "REPOS_4: unknown variable: REPOS_COUNT is 3 (REPOS_0..REPOS_2)",
                "BRANCH: 'main branch' must not contain spaces or control characters",
                "POLICY_FILE: " + clone.resolve("missing.yml") + ": no such file",
                "MAX_ORPHAN_COMMITS: 'many' is not a whole number of 0 or more",
                "MAX_OUT_OF_SCOPE_COMMITS: '-1' is not a whole number of 0 or more",
                "MIN_COVERAGE: '90' is not a share between 0 and 1 (e.g. 0.9 for 90%)",
                "S3_UPLOAD: 'https://bucket' is not an S3 location like s3://bucket/prefix",
                "DEBUG: 'yes' is not true or false");
    }

    @Test
    void shouldFlagUnknownAndRetiredNamesButNotTheRestOfTheEnvironment() {
        env.put("RC_CACHE_DIR", "cache");
        env.putAll(Map.of("PATH", "/usr/bin", "HOME", "/root", "JAVA_HOME", "/opt/java",
                "BITBUCKET_PIPE_STORAGE_DIR", "/tmp", "BITBUCKET_STEP_UUID", "{1}", "BITBUCKET_PR_ID", "7",
                "AWS_REGION", "eu-west-1", "DOCKER_HOST", "tcp://localhost:2375"));
        env.putAll(Map.of("MAX_ORPHANS_COMMITS", "1", "MAX_ORPHAN_SHARE", "0.1", "JIRA_PASSWORD", "hunter2",
                "BITBUCKET_APP_PASSWORD", "app-secret", "REPO", "portal", "WARN_COVERAGE", "0.9",
                "JIRA_REFRESH_TOKEN", "refresh-secret"));

        List<String> problems = problems(env);

        assertThat(problems).hasSize(7).containsExactlyInAnyOrder(
                "BITBUCKET_APP_PASSWORD: Bitbucket Cloud app passwords were removed on 2026-07-28: set BITBUCKET_EMAIL"
                        + " + BITBUCKET_API_TOKEN (an API token with scopes) or BITBUCKET_ACCESS_TOKEN",
                "JIRA_PASSWORD: unknown variable",
                "JIRA_REFRESH_TOKEN: OAuth is not supported by the pipe (a rotated refresh token could not be stored):"
                        + " set JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center)",
                "MAX_ORPHANS_COMMITS: unknown variable (did you mean MAX_ORPHAN_COMMITS?)",
                "MAX_ORPHAN_SHARE: unknown variable (the pipe takes MAX_STORIES_WITHOUT_COMMITS, MAX_ORPHAN_COMMITS,"
                        + " MAX_OUT_OF_SCOPE_COMMITS and MIN_COVERAGE; put other limits in POLICY_FILE)",
                "REPO: unknown variable (did you mean REPOS?)",
                "WARN_COVERAGE: WARN levels are not pipe variables: put them in POLICY_FILE");
        assertThat(String.join("\n", problems)).doesNotContain("hunter2", "app-secret", "refresh-secret");
    }

    @Test
    void shouldPointOtherLimitsToThePolicyFile() {
        env.put("RC_CACHE_DIR", "cache");
        env.put("MAX_STORIES_NOT_DONE_AT_ALL", "3");

        assertThat(problems(env)).containsExactly("MAX_STORIES_NOT_DONE_AT_ALL: unknown variable (the pipe takes"
                + " MAX_STORIES_WITHOUT_COMMITS, MAX_ORPHAN_COMMITS, MAX_OUT_OF_SCOPE_COMMITS and MIN_COVERAGE;"
                + " put other limits in POLICY_FILE)");
    }

    @Test
    void shouldRejectHalfGivenAndConflictingCredentialsWithoutShowingThem() {
        live();
        env.remove("JIRA_EMAIL");
        env.put("JIRA_TOKEN", "jira-pat-secret");
        env.put("BITBUCKET_ACCESS_TOKEN", "bb-access-secret");

        List<String> problems = problems(env);

        assertThat(problems).containsExactlyInAnyOrder(
                "JIRA_API_TOKEN: set without JIRA_EMAIL (the Atlassian account e-mail); set both or neither",
                "JIRA_TOKEN: set either JIRA_TOKEN or JIRA_EMAIL + JIRA_API_TOKEN, not both",
                "JIRA_TOKEN: a Data Center personal access token, but JIRA_FLAVOR is cloud: set JIRA_FLAVOR:"
                        + " datacenter, or use JIRA_EMAIL + JIRA_API_TOKEN",
                "BITBUCKET_ACCESS_TOKEN: set either BITBUCKET_ACCESS_TOKEN or BITBUCKET_EMAIL + BITBUCKET_API_TOKEN,"
                        + " not both");
        assertThat(String.join("\n", problems)).doesNotContain("secret");
    }

    @Test
    void shouldRejectReposItemsWithoutACount() {
        env.put("RC_CACHE_DIR", "cache");
        env.put("REPOS_0", "acme/portal");

        assertThat(problems(env)).containsExactly(
                "REPOS_0: set without REPOS_COUNT; give REPOS as a YAML list, which sets both");
    }

    @Test
    void shouldNeverShowSecretsInItsStringForm() {
        live();

        assertThat(PipeConfig.fromEnvironment(env).toString())
                .contains("****").doesNotContain("jira-api-secret", "bb-api-secret");
    }

    private void live() {
        env.putAll(Map.of("FIX_VERSION", "2026.03.1", "JIRA_BASE_URL", "https://acme.atlassian.net",
                "JIRA_EMAIL", "rm@acme.example", "JIRA_API_TOKEN", "jira-api-secret",
                "BITBUCKET_EMAIL", "rm@acme.example", "BITBUCKET_API_TOKEN", "bb-api-secret"));
    }

    private static List<String> problems(Map<String, String> env) {
        PipeVariablesException e = catchThrowableOfType(PipeVariablesException.class,
                () -> PipeConfig.fromEnvironment(env));
        assertThat(e).as("expected problems").isNotNull();
        return e.problems();
    }
}
