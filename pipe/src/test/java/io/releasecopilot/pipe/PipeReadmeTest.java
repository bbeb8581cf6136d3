package io.releasecopilot.pipe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.releasecopilot.aws.fakes.SampleCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the pipe as its README says it is used: the README's own examples, with the variables they set, against
 * fake Jira and Bitbucket servers, and checks what the README promises (live fetch without {@code RC_CACHE_DIR},
 * offline audit with it, the outputs, the exit codes).
 */
class PipeReadmeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final Pattern OUTPUT = Pattern.compile("`(release-audit/[a-z-]+\\.[a-z]+)`");

    @TempDir
    Path clone;

    private String readme;
    private WireMockServer fake;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        readme = Files.readString(ROOT.resolve("bitbucket-pipe/README.md"));
        fake = new WireMockServer(options().dynamicPort());
        fake.start();
        fake.stubFor(delete(urlPathMatching("/2.0/.*/reports/.*")).willReturn(aResponse().withStatus(404)));
        fake.stubFor(put(urlPathMatching("/2.0/.*/reports/.*")).willReturn(aResponse().withStatus(200).withBody("{}")));
        fake.stubFor(post(urlPathMatching("/2.0/.*/annotations")).willReturn(aResponse().withStatus(200).withBody("[]")));
        fake.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"issues": [{"id": "1", "key": "APP-1", "fields": {"summary": "Checkout",
                          "status": {"name": "Done", "statusCategory": {"key": "done"}},
                          "issuetype": {"name": "Story", "subtask": false}, "fixVersions": [{"name": "2026.03.1"}]}}],
                         "isLast": true}""")));
        fake.stubFor(get(urlPathMatching("/2.0/repositories/acme/portal/commits(/.*)?")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"pagelen": 100, "values": [{"hash": "%s", "date": "2026-03-10T10:00:00+00:00",
                          "message": "APP-1 checkout\\n", "author": {"raw": "Dev <dev@acme.test>"},
                          "parents": [{"hash": "%s"}]}]}""".formatted(COMMIT, "b".repeat(40)))));
        env.putAll(Map.of("CI", "true", "BITBUCKET_WORKSPACE", "acme", "BITBUCKET_REPO_SLUG", "portal",
                "BITBUCKET_COMMIT", COMMIT, "BITBUCKET_BUILD_NUMBER", "42", "BITBUCKET_BRANCH", "release/2026.03",
                "BITBUCKET_CLONE_DIR", clone.toString(), "RC_PIPELINES_PROXY", "localhost:" + fake.port()));
    }

    @AfterEach
    void tearDown() {
        fake.stop();
    }

    @Test
    void shouldFetchLiveWithoutRcCacheDirAsTheReadmeSays() throws IOException {
        assertThat(readme).doesNotContain("stops with exit 1")
                .contains("Without `RC_CACHE_DIR` the pipe fetches", "`.release-copilot/cache` under the clone directory");
        JsonNode example = example("JIRA_BASE_URL", "https://acme.atlassian.net");
        assertThat(example.has("RC_CACHE_DIR")).isFalse();
        example.fields().forEachRemaining(variable -> env.put(variable.getKey(), value(variable.getValue().asText())));
        env.put("JIRA_BASE_URL", fake.baseUrl());
        env.put("BITBUCKET_BASE_URL", fake.baseUrl());

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isZero();
        fake.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")));
        fake.verify(getRequestedFor(urlPathMatching("/2.0/repositories/acme/portal/commits(/.*)?")));
        assertThat(clone.resolve(".release-copilot/cache/manifest.json")).exists();
        assertThat(documentedOutputs()).hasSize(4).allSatisfy(output -> assertThat(clone.resolve(output)).isNotEmptyFile());
        JsonNode summary = JSON.readTree(clone.resolve("release-audit/audit-summary.json").toFile());
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("PASS");
        fake.verify(putRequestedFor(urlPathMatching("/2.0/repositories/acme/portal/commit/" + COMMIT + "/reports/.*")));
    }

    @Test
    void shouldAuditTheCacheOfflineWithRcCacheDirAsTheReadmeSays() throws IOException {
        JsonNode example = example("RC_CACHE_DIR", "audit-cache");
        SampleCache.copyTo(clone.resolve("audit-cache"));
        example.fields().forEachRemaining(variable -> env.put(variable.getKey(), variable.getValue().asText()));

        PipeRun run = PipeRun.of(env);

        JsonNode summary = JSON.readTree(clone.resolve("release-audit/audit-summary.json").toFile());
        String gate = summary.path("gate").path("status").asText();
        assertThat(readme).contains("**Exit codes.** `0` gate PASS or WARN; `3` gate FAIL;");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(gate.equals("FAIL") ? 3 : 0);
        assertThat(documentedOutputs()).allSatisfy(output -> assertThat(clone.resolve(output)).isNotEmptyFile());
        fake.verify(0, getRequestedFor(anyUrl()));
        assertThat(fake.findAll(anyRequestedFor(anyUrl()))).allSatisfy(request ->
                assertThat(request.getUrl()).contains("/reports/"));
    }

    /** Returns the variables of the README example whose variable {@code name} has {@code value}. */
    private JsonNode example(String name, String value) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (blocks.find()) {
            YAML.readTree(blocks.group(1)).findValues("variables").stream()
                    .filter(variables -> value.equals(variables.path(name).asText()))
                    .forEach(found::add);
        }
        assertThat(found).as("README example with %s: %s", name, value).hasSize(1);
        return found.get(0);
    }

    /** Returns the output files the README's Outputs paragraph names. */
    private List<String> documentedOutputs() {
        String outputs = readme.substring(readme.indexOf("**Outputs.**"), readme.indexOf("**Code Insights.**"));
        List<String> names = new ArrayList<>();
        Matcher matcher = OUTPUT.matcher(outputs);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Gives a {@code $VARIABLE} of the example a made-up value, as a secured repository variable would. */
    private static String value(String text) {
        return switch (text) {
            case "$RELEASE_VERSION" -> "2026.03.1";
            case "$PREVIOUS_RELEASE_TAG" -> "v2026.02.2";
            default -> text.startsWith("$") ? text.substring(1).toLowerCase(Locale.ROOT) + "-value" : text;
        };
    }
}
