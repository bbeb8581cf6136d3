package io.releasecopilot.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.aws.fakes.SampleCache;
import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHandlerTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "lambda-event.json");
    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final String JIRA_TOKEN = "lambda-jira-token-31";
    private static final String BITBUCKET_TOKEN = "lambda-bb-token-32";
    private static final List<String> SUMMARY_FIELDS = List.of("schema", "fixVersion", "generatedAt", "scope",
            "storiesTotal", "storiesWithCommits", "storiesWithoutCommits", "storiesRevertedOnly", "commitsTotal",
            "linkedCommits", "orphanCommits", "outOfScopeCommits", "exemptCommits", "coverage", "gate");

    private static S3Fake s3;
    private static SecretsManagerFake secrets;

    @TempDir
    Path tmp;

    private final List<String> logLines = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(new SimpleFormatter().formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void startFakes() throws Exception {
        s3 = new S3Fake().bucket("release-audits");
        secrets = new SecretsManagerFake()
                .secret("releasecopilot/jira/oauth", "{\"JIRA_EMAIL\": \"rm@example.com\", \"JIRA_API_TOKEN\": \"" + JIRA_TOKEN + "\"}")
                .secret("releasecopilot/bitbucket/token", "{\"BITBUCKET_API_TOKEN\": \"" + BITBUCKET_TOKEN + "\"}");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        s3.close();
        secrets.close();
    }

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void releaseLogs() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void shouldAuditTheExampleEventUploadAndReturnTheSummary() throws IOException {
        Map<String, Object> event = exampleEvent();

        Map<String, Object> response = handler().handleRequest(event, null);

        assertThat(response.keySet()).containsSubsequence(SUMMARY_FIELDS).contains("uploads", "runId");
        assertThat(response).containsEntry("schema", "release-audit-summary/v1").containsEntry("fixVersion", "2026.03.1")
                .containsEntry("storiesTotal", 300).containsEntry("commitsTotal", 3000);
        assertThat(((Map<?, ?>) response.get("gate")).get("status")).isEqualTo("WARN");
        assertThat(((Map<?, ?>) response.get("scope")).get("ticket")).isEqualTo("REL-1");
        String runId = (String) response.get("runId");
        assertThat(response.get("uploads")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class)).hasSize(42)
                .contains("s3://release-audits/releasecopilot/artifacts/json/2026.03.1/" + runId + "/audit-summary.json");
        assertThat(s3.keys("release-audits")).contains(
                "releasecopilot/artifacts/excel/2026.03.1/" + runId + "/audit.xlsx",
                "releasecopilot/logs/2026.03.1/" + runId + "/rc-audit.log");
        assertThat(s3.client().headObject(r -> r.bucket("release-audits")
                .key("releasecopilot/artifacts/json/2026.03.1/" + runId + "/audit.json")).metadata())
                .containsEntry("git-sha", "9f2c1ab").containsEntry("artifact", "rc-audit");
        assertThat(secrets.askedIds()).contains("releasecopilot/jira/oauth", "releasecopilot/bitbucket/token");
        assertThat(tmp).isEmptyDirectory();
        String everything = new ObjectMapper().writeValueAsString(response) + String.join("\n", logLines)
                + s3.client().getObjectAsBytes(r -> r.bucket("release-audits")
                        .key("releasecopilot/logs/2026.03.1/" + runId + "/rc-audit.log")).asUtf8String();
        assertThat(everything).doesNotContain(JIRA_TOKEN, BITBUCKET_TOKEN);
    }

    @Test
    void shouldNameTheSecretIdAndCodeWhenASecretIsMissing() throws IOException {
        Map<String, Object> event = exampleEvent();
        event.put("settings", Map.of("SECRET_JIRA", "team/unknown"));

        assertThatThrownBy(() -> handler().handleRequest(event, null)).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("Secrets Manager secret 'team/unknown': ResourceNotFoundException");
        assertThat(s3.keys("release-audits")).noneMatch(key -> key.contains("/temp_data/") && key.contains("team"));
    }

    @Test
    void shouldRejectAnUnknownFieldWithASuggestion() throws IOException {
        Map<String, Object> event = exampleEvent();
        event.put("fixversion", "2026.03.1");

        assertThatThrownBy(() -> handler().handleRequest(event, null)).isInstanceOf(UsageException.class)
                .hasMessage("event: unknown field 'fixversion' (did you mean 'fixVersion'?)");
    }

    @Test
    void shouldRefuseACacheThatWouldHoldTheOutputs() throws IOException {
        Map<String, Object> event = exampleEvent();
        event.remove("upload");
        event.remove("settings");
        event.put("cacheDir", tmp.toString());

        assertThatThrownBy(() -> new AuditHandler(Map.of("SECRETS_MANAGER", "false"), tmp, Clock.systemUTC())
                .handleRequest(event, null))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("is inside the cache (--cache-dir " + tmp + ")");
    }

    @Test
    void shouldSelectRepositoriesOfTheCacheAndRefuseConnectionFieldsOffline() throws IOException {
        Map<String, Object> event = exampleEvent();
        event.remove("upload");
        event.remove("settings");
        event.put("offline", true);
        event.put("repos", List.of("portal"));
        AuditHandler handler = new AuditHandler(Map.of("SECRETS_MANAGER", "false"), tmp, Clock.systemUTC());

        Map<String, Object> response = handler.handleRequest(event, null);
        event.put("jiraUrl", "https://acme.atlassian.net");

        assertThat((Integer) response.get("commitsTotal")).isBetween(1, 2999);
        assertThatThrownBy(() -> handler.handleRequest(event, null)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--jira-url cannot be used with --offline");
        event.remove("offline");
        event.remove("fixVersion");
        assertThatThrownBy(() -> handler.handleRequest(event, null)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("event: jiraUrl needs fixVersion");
    }

    @Test
    void shouldRunWithoutUploadOrSecretsWhenTheEventAsksForNone() throws IOException {
        Map<String, Object> event = exampleEvent();
        event.remove("upload");
        event.remove("settings");
        event.put("thresholds", Map.of("storiesWithoutCommits", 10));
        int asked = secrets.askedIds().size();

        Map<String, Object> response = new AuditHandler(Map.of("SECRETS_MANAGER", "false"), tmp, Clock.systemUTC())
                .handleRequest(event, null);

        assertThat(response.get("uploads")).isEqualTo(List.of());
        assertThat(((Map<?, ?>) response.get("gate")).get("status")).isEqualTo("FAIL");
        assertThat(secrets.askedIds()).hasSize(asked);
    }

    @Test
    void shouldFailOnAnIncompleteCacheUnlessTheEventAllowsIt() throws IOException {
        Path cache = tmp.resolve("incomplete-cache");
        SampleCache.copyTo(cache);
        Path manifest = cache.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"complete\": true", "\"complete\": false"));
        Map<String, Object> event = exampleEvent();
        event.remove("upload");
        event.remove("settings");
        event.put("cacheDir", cache.toString());
        AuditHandler handler = new AuditHandler(Map.of("SECRETS_MANAGER", "false"), tmp, Clock.systemUTC());

        Map<?, ?> strict = (Map<?, ?>) handler.handleRequest(event, null).get("gate");
        event.put("allowIncomplete", true);
        Map<?, ?> allowed = (Map<?, ?>) handler.handleRequest(event, null).get("gate");

        assertThat(strict.get("status")).isEqualTo("FAIL");
        assertThat((List<?>) strict.get("reasons")).first().asString().startsWith("incomplete data: the Jira fetch");
        assertThat(allowed.get("status")).isEqualTo("WARN");
        assertThat(allowed.get("incompleteData")).isEqualTo(List.of("the Jira fetch is incomplete (3 pages cached)"));
    }

    @Test
    void shouldFetchFromJiraAndBitbucketWhenTheEventNamesThem() {
        WireMockServer atlassian = new WireMockServer(options().dynamicPort());
        atlassian.start();
        try {
            atlassian.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson("""
                    {"issues": [{"id": "1", "key": "APP-1", "fields": {"summary": "Checkout",
                      "status": {"name": "Done", "statusCategory": {"key": "done"}},
                      "issuetype": {"name": "Story", "subtask": false}}},
                      {"id": "2", "key": "APP-2", "fields": {"summary": "Login",
                      "status": {"name": "To Do", "statusCategory": {"key": "new"}},
                      "issuetype": {"name": "Story", "subtask": false}}}], "isLast": true}""")));
            atlassian.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(okJson("""
                    {"pagelen": 100, "values": [{"hash": "%s", "date": "2026-03-10T10:00:00+00:00",
                      "message": "APP-1 checkout", "author": {"raw": "Dev <dev@acme.test>"},
                      "parents": [{"hash": "%s"}]}]}""".formatted("a".repeat(40), "b".repeat(40)))));
            Map<String, Object> event = new java.util.LinkedHashMap<>(Map.of("fixVersion", "2026.03.1",
                    "jiraUrl", atlassian.baseUrl(), "bitbucketUrl", atlassian.baseUrl(), "workspace", "acme",
                    "repos", List.of("portal"), "branches", List.of("main"), "xlsx", false));

            Map<String, Object> response = new AuditHandler(Map.of("SECRETS_MANAGER", "false",
                    "JIRA_EMAIL", "rm@acme.test", "JIRA_API_TOKEN", JIRA_TOKEN,
                    "BITBUCKET_ACCESS_TOKEN", BITBUCKET_TOKEN), tmp, Clock.systemUTC()).handleRequest(event, null);

            assertThat(response).containsEntry("storiesTotal", 2).containsEntry("storiesWithCommits", 1)
                    .containsEntry("linkedCommits", 1);
            assertThat(((Map<?, ?>) response.get("gate")).get("status")).isEqualTo("WARN");
            assertThat(String.join("\n", logLines)).doesNotContain(JIRA_TOKEN).doesNotContain(BITBUCKET_TOKEN);
        } finally {
            atlassian.stop();
        }
    }

    @Test
    void shouldMaskSecretsManagerValuesOfEverySourceInTheErrorBeforeItIsCut() {
        String basic = java.util.Base64.getEncoder().encodeToString(("rm@example.com:" + JIRA_TOKEN)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WireMockServer atlassian = new WireMockServer(options().dynamicPort());
        atlassian.start();
        try {
            atlassian.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson("""
                    {"issues": [{"id": "1", "key": "APP-1", "fields": {"summary": "Checkout",
                      "status": {"name": "Done", "statusCategory": {"key": "done"}},
                      "issuetype": {"name": "Story", "subtask": false}}}], "isLast": true}""")));
            atlassian.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.jsonResponse("{\"error\": {\"message\": \"Basic "
                            + basic + " is for Jira; " + "x".repeat(121) + " " + BITBUCKET_TOKEN + "\"}}", 403)));
            Map<String, Object> event = new java.util.LinkedHashMap<>(Map.of("fixVersion", "2026.03.1",
                    "jiraUrl", atlassian.baseUrl(), "bitbucketUrl", atlassian.baseUrl(), "workspace", "acme",
                    "repos", List.of("portal"), "branches", List.of("main"), "xlsx", false));
            AuditHandler handler = new AuditHandler(Map.of("AWS_REGION", TestAws.REGION,
                    "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString(),
                    "BITBUCKET_EMAIL", "dev@example.com"), tmp, Clock.systemUTC());

            assertThatThrownBy(() -> handler.handleRequest(event, null)).isInstanceOf(AuditException.class)
                    .satisfies(e -> logLines.add(String.valueOf(e)));
        } finally {
            atlassian.stop();
        }
        for (String secret : List.of(JIRA_TOKEN, BITBUCKET_TOKEN, basic)) {
            for (int start = 0; start + 8 <= secret.length(); start++) {
                String part = secret.substring(start, start + 8);
                assertThat(logLines).as("a log line or the error with '%s'", part).noneMatch(l -> l.contains(part));
            }
        }
        assertThat(logLines.get(logLines.size() - 1)).contains("403").contains("****");
    }

    private AuditHandler handler() {
        return new AuditHandler(Map.of(
                "AWS_REGION", TestAws.REGION,
                "AWS_ENDPOINT_URL_S3", s3.endpoint().toString(),
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString()), tmp, Clock.systemUTC());
    }

    /** The example event of docs/, with the cache path of this checkout. */
    private static Map<String, Object> exampleEvent() throws IOException {
        Map<String, Object> event = new ObjectMapper().readValue(Files.readString(EXAMPLE),
                new TypeReference<Map<String, Object>>() { });
        event.put("cacheDir", SAMPLE.toString());
        return event;
    }
}
