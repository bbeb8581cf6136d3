package io.releasecopilot.pipe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipe's error line and log carry no part of any source's credential, whatever the server echoes. */
class PipeSecretMaskingTest {

    private static final String JIRA_TOKEN = "Zq7xJ1rT9wLk2Vd3NpQ8sYh4MfB6cXeA";
    private static final String BB_TOKEN = "Kp4Rt8Wm/Hz2+Qx6Ln9=Vb3Jd7Fs1Gy5";

    @TempDir
    Path clone;

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(json(200, """
                {"issues": [{"id": "1", "key": "APP-1", "fields": {"summary": "Checkout",
                  "status": {"name": "Done", "statusCategory": {"key": "done"}},
                  "issuetype": {"name": "Story", "subtask": false}, "fixVersions": [{"name": "2026.03.1"}]}}],
                 "isLast": true}""")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldMaskEverySourcesTokenInABitbucketErrorBeforeCuttingIt() throws IOException {
        String basic = Base64.getEncoder().encodeToString(("rm@acme.example:" + JIRA_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        server.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(json(403,
                "{\"type\": \"error\", \"error\": {\"message\": \"Basic " + basic + " is a Jira login; "
                        + "x".repeat(101) + " " + BB_TOKEN + "\"}}")));
        Map<String, String> env = Map.of("BITBUCKET_WORKSPACE", "acme", "BITBUCKET_REPO_SLUG", "portal",
                "BITBUCKET_BRANCH", "main", "BITBUCKET_CLONE_DIR", clone.toString(), "FIX_VERSION", "2026.03.1",
                "JIRA_BASE_URL", server.baseUrl(), "JIRA_EMAIL", "rm@acme.example", "JIRA_API_TOKEN", JIRA_TOKEN,
                "BITBUCKET_BASE_URL", server.baseUrl(), "BITBUCKET_ACCESS_TOKEN", BB_TOKEN);

        PipeRun run = PipeRun.of(env);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        List<String> texts = new ArrayList<>(List.of(run.all()));
        try (Stream<Path> files = Files.walk(clone)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        for (String secret : List.of(JIRA_TOKEN, BB_TOKEN, basic)) {
            for (int start = 0; start + 8 <= secret.length(); start++) {
                String part = secret.substring(start, start + 8);
                assertThat(texts).as("output with '%s' of a secret", part).noneMatch(text -> text.contains(part));
            }
        }
        assertThat(run.pipeLines()).singleElement().asString().startsWith("error: ").contains("403")
                .contains("****");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
