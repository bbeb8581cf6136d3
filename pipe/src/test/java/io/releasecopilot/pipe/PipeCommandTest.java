package io.releasecopilot.pipe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.aws.fakes.SampleCache;
import io.releasecopilot.aws.fakes.TestAws;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipeCommandTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String REPORT = "/2.0/repositories/acme/portal/commit/" + COMMIT
            + "/reports/release-copilot-2026-03-1";

    @TempDir
    Path clone;

    private WireMockServer bitbucket;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() {
        bitbucket = new WireMockServer(options().dynamicPort());
        bitbucket.start();
        bitbucket.stubFor(delete(urlEqualTo(REPORT)).willReturn(aResponse().withStatus(404)));
        bitbucket.stubFor(put(urlEqualTo(REPORT)).willReturn(aResponse().withStatus(200).withBody("{}")));
        bitbucket.stubFor(post(urlEqualTo(REPORT + "/annotations")).willReturn(aResponse().withStatus(200).withBody("[]")));
        env.putAll(Map.of("CI", "true", "BITBUCKET_WORKSPACE", "acme", "BITBUCKET_REPO_SLUG", "portal",
                "BITBUCKET_COMMIT", COMMIT, "BITBUCKET_BUILD_NUMBER", "42", "BITBUCKET_BRANCH", "main",
                "BITBUCKET_CLONE_DIR", clone.toString(), "RC_CACHE_DIR", SAMPLE.toString(),
                "RC_PIPELINES_PROXY", "localhost:" + bitbucket.port()));
    }

    @AfterEach
    void tearDown() {
        bitbucket.stop();
    }

    @Test
    void shouldPostAPassedReportThroughThePipelinesProxyWhenTheGateWarns() throws IOException {
        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).containsPattern("Gate +WARN").contains("Release Copilot pipe", "Gate WARN: the pipeline continues",
                "Code Insights: report release-copilot-2026-03-1 (PASSED) with 744 annotations in 8 requests",
                "through the Pipelines proxy localhost:" + bitbucket.port());
        assertThat(clone.resolve("release-audit")).isDirectoryContaining(p -> p.endsWith("audit.json"))
                .isDirectoryContaining(p -> p.endsWith("audit.xlsx"))
                .isDirectoryContaining(p -> p.endsWith("audit-summary.json"))
                .isDirectoryContaining(p -> p.endsWith("audit-summary.md"));

        List<LoggedRequest> all = bitbucket.findAll(anyRequestedFor(anyUrl()));
        assertThat(all).allSatisfy(request -> {
            assertThat(request.getHeader("Host")).isEqualTo("api.bitbucket.org");
            assertThat(request.getAbsoluteUrl()).startsWith("http://api.bitbucket.org/2.0/");
            assertThat(request.containsHeader("Authorization")).isFalse();
        });
        assertThat(all.get(0).getMethod().getName()).isEqualTo("DELETE");
        assertThat(all.get(1).getMethod().getName()).isEqualTo("PUT");

        JsonNode report = JSON.readTree(bitbucket.findAll(putRequestedFor(urlEqualTo(REPORT))).get(0).getBodyAsString());
        assertThat(report.path("title").asText()).isEqualTo("Release audit 2026.03.1");
        assertThat(report.path("result").asText()).isEqualTo("PASSED");
        assertThat(report.path("report_type").asText()).isEqualTo("COVERAGE");
        assertThat(report.path("reporter").asText()).isEqualTo("Release Copilot");
        assertThat(report.path("details").asText()).startsWith("Gate WARN: 48 stories without commits (WARN above 0);")
                .hasSizeLessThanOrEqualTo(2000);
        assertThat(report.path("link").asText()).isEqualTo("https://bitbucket.org/acme/portal/pipelines/results/42");
        assertThat(fields(report)).containsExactly(
                "Coverage PERCENTAGE 80.0", "Stories without commits NUMBER 48",
                "Orphan commits NUMBER 554", "Out-of-scope commits NUMBER 130", "Gate TEXT WARN",
                "Artifacts LINK Pipeline #42: artifacts in release-audit/"
                        + " -> https://bitbucket.org/acme/portal/pipelines/results/42");

        List<JsonNode> batches = annotationBatches();
        assertThat(batches).hasSize(8).allSatisfy(batch -> assertThat(batch.size()).isBetween(1, 100));
        List<JsonNode> annotations = new ArrayList<>();
        batches.forEach(batch -> batch.forEach(annotations::add));
        assertThat(annotations).hasSize(48 + 12 + 130 + 554);
        assertThat(annotations.subList(0, 48)).allSatisfy(a -> {
            assertThat(a.path("title").asText()).isEqualTo("Story without commits");
            assertThat(a.path("severity").asText()).isEqualTo("HIGH");
            assertThat(a.path("link").asText()).startsWith("https://acme.atlassian.net/browse/");
        });
        assertThat(annotations.subList(48, 60)).allSatisfy(a ->
                assertThat(a.path("title").asText()).isEqualTo("Story with only reverted commits"));
        assertThat(annotations.subList(60, 190)).allSatisfy(a -> {
            assertThat(a.path("title").asText()).isEqualTo("Out-of-scope commit");
            assertThat(a.path("severity").asText()).isEqualTo("MEDIUM");
        });
        assertThat(annotations.subList(190, 744)).allSatisfy(a -> {
            assertThat(a.path("title").asText()).isEqualTo("Orphan commit");
            assertThat(a.path("severity").asText()).isEqualTo("LOW");
        });
        assertThat(annotations).allSatisfy(a -> {
            assertThat(a.path("summary").asText()).hasSizeLessThanOrEqualTo(450).doesNotContain("\n", "\r", "\t");
            assertThat(a.has("path")).isFalse();
            assertThat(a.has("line")).isFalse();
        });
        assertThat(new HashSet<>(annotations.stream().map(a -> a.path("external_id").asText()).toList())).hasSize(744);
        assertThat(annotations).anySatisfy(a ->
                assertThat(a.path("summary").asText()).contains("<img src=x onerror=alert(document.domain)> in tooltip"));
        assertThat(annotations).anySatisfy(a ->
                assertThat(a.path("summary").asText()).contains("=cmd|' /C calc'!A0"));
    }

    @Test
    void shouldPostAFailedReportAndExitThreeWhenTheGateFails() throws IOException {
        env.put("MAX_STORIES_WITHOUT_COMMITS", "0");

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
        assertThat(run.out()).contains("Gate FAIL: exit 3 stops the pipeline before the next step");
        JsonNode report = JSON.readTree(bitbucket.findAll(putRequestedFor(urlEqualTo(REPORT))).get(0).getBodyAsString());
        assertThat(report.path("result").asText()).isEqualTo("FAILED");
        assertThat(report.path("details").asText()).startsWith("Gate FAIL: 48 stories without commits (FAIL above 0)");
        assertThat(fields(report)).contains("Gate TEXT FAIL");
    }

    @Test
    void shouldFailOnAnIncompleteCacheUnlessAllowedAndSaySoInTheReportEitherWay() throws IOException {
        Path cache = SampleCache.incompleteCopyTo(clone.resolve("cache"));
        env.put("RC_CACHE_DIR", cache.toString());

        PipeRun failed = PipeRun.of(env);

        assertThat(failed.exitCode()).as(failed.all()).isEqualTo(3);
        JsonNode report = JSON.readTree(bitbucket.findAll(putRequestedFor(urlEqualTo(REPORT))).get(0).getBodyAsString());
        assertThat(report.path("result").asText()).isEqualTo("FAILED");
        assertThat(report.path("details").asText()).startsWith("Incomplete data: the figures lack the end of the"
                + " Jira fetch is incomplete (2 pages cached). Gate FAIL: incomplete data: ");

        bitbucket.resetRequests();
        env.put("ALLOW_INCOMPLETE", "true");
        PipeRun allowed = PipeRun.of(env);

        assertThat(allowed.exitCode()).as(allowed.all()).isZero();
        report = JSON.readTree(bitbucket.findAll(putRequestedFor(urlEqualTo(REPORT))).get(0).getBodyAsString());
        assertThat(report.path("result").asText()).isEqualTo("PASSED");
        assertThat(report.path("details").asText()).startsWith("Incomplete data: the figures lack the end of the"
                + " Jira fetch is incomplete (2 pages cached). Gate WARN: ");
        assertThat(allowed.out()).contains("Incomplete data    the Jira fetch is incomplete (2 pages cached)");
    }

    @Test
    void shouldExitTwoWithOneLinePerBadVariableAndPostNothing() {
        env.putAll(Map.of("MAX_ORPHAN_COMMITS", "lots", "MIN_COVERAGE", "1.5", "JIRA_FLAVOR", "server",
                "BITBUCKET_APP_PASSWORD", "app-password-value", "REPOS_COUNT", "2", "REPOS_0", "acme/portal",
                "MAX_STORIES", "1"));

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.pipeLines()).containsExactly(
                "BITBUCKET_APP_PASSWORD: Bitbucket Cloud app passwords were removed on 2026-07-28: set BITBUCKET_EMAIL"
                        + " + BITBUCKET_API_TOKEN (an API token with scopes) or BITBUCKET_ACCESS_TOKEN",
                "MAX_STORIES: unknown variable (the pipe takes MAX_STORIES_WITHOUT_COMMITS, MAX_ORPHAN_COMMITS,"
                        + " MAX_OUT_OF_SCOPE_COMMITS and MIN_COVERAGE; put other limits in POLICY_FILE)",
                "JIRA_FLAVOR: 'server' is not one of cloud, datacenter",
                "REPOS_1: not set, but REPOS_COUNT is 2",
                "MAX_ORPHAN_COMMITS: 'lots' is not a whole number of 0 or more",
                "MIN_COVERAGE: '1.5' is not a share between 0 and 1 (e.g. 0.9 for 90%)",
                "6 variables are wrong; the variables table is in the pipe's README");
        assertThat(run.all()).doesNotContain("app-password-value");
        assertThat(bitbucket.getAllServeEvents()).isEmpty();
        assertThat(clone.resolve("release-audit")).doesNotExist();
    }

    @Test
    void shouldExitOneWhenTheCacheIsMissing() {
        env.put("RC_CACHE_DIR", clone.resolve("no-cache").toString());

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.pipeLines()).containsExactly("error: " + clone.resolve("no-cache") + ": cache directory does not exist");
        assertThat(bitbucket.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldRefuseAPolicyFileTheReportWouldOverwrite() throws IOException {
        Path policy = Files.createDirectories(clone.resolve("release-audit")).resolve("audit-summary.md");
        Files.writeString(policy, "thresholds: {}\n");
        env.put("POLICY_FILE", policy.toString());

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.pipeLines()).singleElement().asString().contains(policy + " are the same file");
        assertThat(policy).hasContent("thresholds: {}\n");
    }

    @Test
    void shouldExitTwoWhenTheCacheHoldsAnotherFixVersion() {
        env.put("FIX_VERSION", "2026.04.0");

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.pipeLines()).singleElement().asString().contains("holds fix version '2026.03.1', not '2026.04.0'");
    }

    @Test
    void shouldFetchFromJiraAndBitbucketWhenNoCacheIsGiven() throws IOException {
        bitbucket.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"issues": [{"id": "1", "key": "APP-1", "fields": {"summary": "Checkout",
                          "status": {"name": "Done", "statusCategory": {"key": "done"}},
                          "issuetype": {"name": "Story", "subtask": false}, "fixVersions": [{"name": "2026.03.1"}]}}],
                         "isLast": true}""")));
        bitbucket.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"pagelen": 100, "values": [{"hash": "%s", "date": "2026-03-10T10:00:00+00:00",
                          "message": "APP-1 checkout\\n", "author": {"raw": "Dev <dev@acme.test>"},
                          "parents": [{"hash": "%s"}]}]}""".formatted(COMMIT, "b".repeat(40)))));
        env.remove("RC_CACHE_DIR");
        env.putAll(Map.of("FIX_VERSION", "2026.03.1", "JIRA_BASE_URL", bitbucket.baseUrl(),
                "JIRA_EMAIL", "rm@acme.example", "JIRA_API_TOKEN", "jira-token-value",
                "BITBUCKET_BASE_URL", bitbucket.baseUrl(), "BITBUCKET_ACCESS_TOKEN", "access-token-value"));

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode summary = JSON.readTree(clone.resolve("release-audit/audit-summary.json").toFile());
        assertThat(summary.path("storiesWithCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("linkedCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("PASS");
        assertThat(clone.resolve(".release-copilot/cache/manifest.json")).exists();
        assertThat(run.all()).doesNotContain("jira-token-value", "access-token-value");
    }

    @Test
    void shouldWarnAndKeepTheExitCodeWhenTheReportCannotBePosted() {
        bitbucket.stubFor(put(urlEqualTo(REPORT)).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));

        PipeRun warn = PipeRun.of(env);
        env.put("MAX_STORIES_WITHOUT_COMMITS", "0");
        PipeRun fail = PipeRun.of(env);

        assertThat(warn.exitCode()).as(warn.all()).isZero();
        assertThat(fail.exitCode()).as(fail.all()).isEqualTo(3);
        assertThat(warn.pipeLines()).singleElement().asString().startsWith(
                "warning: Code Insights report release-copilot-2026-03-1 not posted (through the Pipelines proxy")
                .contains("answered HTTP 500: {\"error\":\"boom\"}; the audit result stands");
        assertThat(bitbucket.findAll(postRequestedFor(urlEqualTo(REPORT + "/annotations")))).isEmpty();
        assertThat(clone.resolve("release-audit").resolve("audit.json")).isNotEmptyFile();
    }

    @Test
    void shouldWarnWhenTheProxyCannotBeReached() {
        bitbucket.stop();

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.pipeLines()).singleElement().asString().startsWith("warning: Code Insights report")
                .contains("failed: java.net.ConnectException");
    }

    @Test
    void shouldCallTheApiDirectlyWithAnApiTokenAndNeverPrintIt() {
        env.putAll(Map.of("BITBUCKET_BASE_URL", bitbucket.baseUrl(), "BITBUCKET_EMAIL", "rm@acme.example",
                "BITBUCKET_API_TOKEN", "api-token-value"));
        env.remove("RC_PIPELINES_PROXY");

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                "rm@acme.example:api-token-value".getBytes(StandardCharsets.UTF_8));
        assertThat(bitbucket.findAll(anyRequestedFor(anyUrl()))).hasSize(10).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo(basic);
            assertThat(request.getHeader("Host")).isEqualTo("localhost:" + bitbucket.port());
        });
        assertThat(run.out()).contains("directly to " + bitbucket.baseUrl() + "/2.0 with BITBUCKET_EMAIL + BITBUCKET_API_TOKEN");
        assertThat(run.all()).doesNotContain("api-token-value", basic.substring(6));
    }

    @Test
    void shouldCallTheApiDirectlyWithAnAccessTokenOutsidePipelines() throws IOException {
        env.keySet().removeAll(List.of("CI", "BITBUCKET_BUILD_NUMBER", "RC_PIPELINES_PROXY"));
        env.putAll(Map.of("BITBUCKET_BASE_URL", bitbucket.baseUrl() + "/2.0", "BITBUCKET_ACCESS_TOKEN", "access-value"));

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(bitbucket.findAll(deleteRequestedFor(urlEqualTo(REPORT)))).singleElement()
                .satisfies(request -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-value"));
        assertThat(bitbucket.findAll(postRequestedFor(urlEqualTo(REPORT + "/annotations")))).hasSize(8)
                .allSatisfy(request -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer access-value"));
        JsonNode report = JSON.readTree(bitbucket.findAll(putRequestedFor(urlEqualTo(REPORT))).get(0).getBodyAsString());
        assertThat(report.has("link")).as("no build number, no pipeline link").isFalse();
        assertThat(fields(report)).hasSize(5).doesNotContain("Artifacts");
        assertThat(run.out()).contains("directly to " + bitbucket.baseUrl() + "/2.0 with BITBUCKET_ACCESS_TOKEN")
                .contains("Artifacts go to " + clone.resolve("release-audit"));
        assertThat(run.all()).doesNotContain("access-value");
    }

    @Test
    void shouldNotPostOutsidePipelinesWithoutCredentials() {
        env.keySet().removeAll(List.of("CI", "BITBUCKET_BUILD_NUMBER"));

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Code Insights: not posted (outside Bitbucket Pipelines, and no Bitbucket"
                + " credentials or BITBUCKET_BASE_URL)");
        assertThat(bitbucket.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldLogAtDebugLevelWhenAskedTo() {
        env.put("DEBUG", "true");

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("INFO  read 300 issues and 3,104 commits").doesNotContain("HttpClientImpl");
    }

    @Test
    void shouldUploadTheArtifactsToS3() throws Exception {
        TestAws.install();
        try (S3Fake s3 = new S3Fake().bucket("audits")) {
            env.putAll(Map.of("S3_UPLOAD", "s3://audits/releases", "AWS_REGION", TestAws.REGION,
                    "AWS_ENDPOINT_URL_S3", s3.endpoint().toString()));

            PipeRun run = PipeRun.of(env);

            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.pipeLines()).as(run.all()).isEmpty();
            assertThat(s3.keys("audits")).anyMatch(key -> key.startsWith("releases/artifacts/json/2026.03.1/")
                    && key.endsWith("/audit.json"))
                    .anyMatch(key -> key.startsWith("releases/artifacts/excel/2026.03.1/"))
                    .anyMatch(key -> key.startsWith("releases/temp_data/"));
            String log = s3.keys("audits").stream().filter(key -> key.endsWith("/rc-audit.log")).findFirst()
                    .orElseThrow();
            assertThat(s3.client().getObjectAsBytes(r -> r.bucket("audits").key(log)).asUtf8String())
                    .as("the uploaded log covers the whole run, not only the upload")
                    .contains("INFO  read 300 issues and ").contains("wrote [");
        }
    }

    @Test
    void shouldWarnAndKeepTheExitCodeWhenTheUploadFails() throws Exception {
        TestAws.install();
        try (S3Fake s3 = new S3Fake()) {
            env.putAll(Map.of("S3_UPLOAD", "s3://no-such-bucket/releases", "AWS_REGION", TestAws.REGION,
                    "AWS_ENDPOINT_URL_S3", s3.endpoint().toString()));

            PipeRun run = PipeRun.of(env);

            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.pipeLines()).singleElement().asString()
                    .startsWith("warning: S3 upload to s3://no-such-bucket/releases failed: ")
                    .endsWith("the artifacts stay in the pipeline (release-audit/)");
        }
    }

    private List<JsonNode> annotationBatches() throws IOException {
        List<JsonNode> batches = new ArrayList<>();
        for (LoggedRequest request : bitbucket.findAll(postRequestedFor(urlEqualTo(REPORT + "/annotations")))) {
            batches.add(JSON.readTree(request.getBodyAsString()));
        }
        return batches;
    }

    private static List<String> fields(JsonNode report) {
        List<String> fields = new ArrayList<>();
        for (JsonNode field : report.path("data")) {
            JsonNode value = field.path("value");
            fields.add(field.path("title").asText() + " " + field.path("type").asText() + " "
                    + (value.isObject() ? value.path("text").asText() + " -> " + value.path("href").asText() : value.asText()));
        }
        return fields;
    }
}
