package io.releasecopilot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.releasecopilot.audit.ExitCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
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

/**
 * {@code rc audit} against a Jira and a Bitbucket whose error bodies quote credentials: in full, across the point
 * where the excerpt is cut, as the Base64 of an echoed Basic header, URL-encoded, and the other source's. No part
 * of any secret (8 characters or more) may reach stdout, stderr or a file the run leaves behind.
 */
class SecretMaskingTest {

    private static final String JIRA_LOGIN = "rm@acme.test";
    private static final String JIRA_TOKEN = "Zq7xJ1rT9wLk2Vd3NpQ8sYh4MfB6cXeA";
    private static final String BB_LOGIN = "dev@acme.test";
    private static final String BB_TOKEN = "Kp4Rt8Wm/Hz2+Qx6Ln9=Vb3Jd7Fs1Gy5";
    private static final String COMMITS = "/2.0/repositories/acme/portal/commits/main";
    private static final String SEARCH = "/rest/api/3/search/jql";
    /** Where the old code cut an excerpt: 199 characters and an ellipsis. */
    private static final int CUT = 199;

    @TempDir
    Path dir;

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(json(200, """
                {"issues": [{"id": "10001", "key": "APP-1", "fields": {"summary": "Checkout",
                  "status": {"name": "Done", "statusCategory": {"key": "done"}},
                  "issuetype": {"name": "Story", "subtask": false}, "fixVersions": [{"name": "R1"}]}}],
                 "isLast": true}""")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldMaskATokenThatStraddlesTheCut() throws IOException {
        stubBitbucketError(padded(BB_TOKEN, CUT - 9));

        assertNothingLeaks(audit());
    }

    @Test
    void shouldMaskAnEchoedBasicHeaderThatStraddlesTheCut() throws IOException {
        stubBitbucketError(padded("Authorization: Basic " + basic(BB_LOGIN, BB_TOKEN), CUT - 30));

        assertNothingLeaks(audit());
    }

    @Test
    void shouldMaskTheOtherSourcesToken() throws IOException {
        stubBitbucketError("you sent " + JIRA_TOKEN + " and Basic " + basic(JIRA_LOGIN, JIRA_TOKEN) + " to the wrong host");

        assertNothingLeaks(audit());
    }

    @Test
    void shouldMaskAUrlEncodedToken() throws IOException {
        stubBitbucketError("no such page: /commits/main?access_token="
                + URLEncoder.encode(BB_TOKEN, StandardCharsets.UTF_8));

        assertNothingLeaks(audit());
    }

    @Test
    void shouldMaskBitbucketsTokenInAJiraError() throws IOException {
        server.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(json(400, "{\"errorMessages\":[\"the token "
                + BB_TOKEN + " is not a Jira token\"]}")));

        assertNothingLeaks(audit());
    }

    private void assertNothingLeaks(RcRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ERROR.code());
        List<String> texts = new ArrayList<>(List.of(run.out(), run.err()));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        for (String secret : List.of(JIRA_TOKEN, BB_TOKEN, basic(JIRA_LOGIN, JIRA_TOKEN), basic(BB_LOGIN, BB_TOKEN))) {
            for (int start = 0; start + 8 <= secret.length(); start++) {
                String part = secret.substring(start, start + 8);
                assertThat(texts).as("output with '%s' of a secret", part).noneMatch(text -> text.contains(part));
            }
        }
        assertThat(run.errorLines()).as(run.err()).singleElement().asString()
                .contains("server said: ").contains("****");
    }

    private void stubBitbucketError(String message) {
        server.stubFor(get(urlPathEqualTo(COMMITS)).willReturn(json(403,
                "{\"type\": \"error\", \"error\": {\"message\": \"" + message + "\"}}")));
    }

    /** {@code text} after filler, so that it starts at {@code at} of the excerpt. */
    private static String padded(String text, int at) {
        return "x".repeat(at - 1) + " " + text + " and more";
    }

    private static String basic(String login, String token) {
        return Base64.getEncoder().encodeToString((login + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    private RcRun audit() {
        Map<String, String> environment = Map.of("JIRA_EMAIL", JIRA_LOGIN, "JIRA_API_TOKEN", JIRA_TOKEN,
                "BITBUCKET_EMAIL", BB_LOGIN, "BITBUCKET_API_TOKEN", BB_TOKEN);
        String[] args = {"audit", "--fix-version", "R1", "--jira-url", server.baseUrl(), "--jira-flavor", "cloud",
            "--bitbucket-url", server.baseUrl(), "--bitbucket-flavor", "cloud",
            "--workspace", "acme", "--repo", "portal", "--branch", "main",
            "--cache-dir", dir.resolve("cache").toString(), "--json", dir.resolve("dist/audit.json").toString(),
            "--xlsx", dir.resolve("dist/audit.xlsx").toString(),
            "--summary", dir.resolve("dist/audit-summary.json").toString()};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rc.execute(new PrintWriter(out, true), new PrintWriter(err, true), environment, args);
        return new RcRun(code, out.toString(), err.toString());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
