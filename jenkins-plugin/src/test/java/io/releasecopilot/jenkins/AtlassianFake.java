package io.releasecopilot.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;

/**
 * Jira Cloud and Bitbucket Cloud on one local port, in their wire formats: fix version {@value #FIX_VERSION} has
 * APP-1 (done) and APP-2 (to do); {@code acme/portal} branch {@code main} has a commit for APP-1, one without a
 * key and one for APP-77, an issue outside the version.
 */
final class AtlassianFake implements AutoCloseable {

    static final String FIX_VERSION = "2026.04.0";
    static final String SEARCH = "/rest/api/3/search/jql";
    static final String COMMITS = "/2.0/repositories/acme/portal/commits/main";
    static final String JIRA_TOKEN = "jira-token-never-printed";
    static final String BITBUCKET_TOKEN = "bitbucket-token-never-printed";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    AtlassianFake() {
        server.start();
        server.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(json(issues())));
        server.stubFor(get(urlPathEqualTo(COMMITS)).willReturn(json(commits())));
    }

    /** Makes the first commit page answer 503, so the fetch retries it once. */
    AtlassianFake failingOnce() {
        server.stubFor(get(urlPathEqualTo(COMMITS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        server.stubFor(get(urlPathEqualTo(COMMITS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(json(commits())));
        return this;
    }

    /** Returns the base URL of both fakes. */
    String url() {
        return server.baseUrl();
    }

    /** Returns the Jenkins credentials of a Jira Cloud API token and a Bitbucket access token. */
    static CredentialValues credentials() {
        return CredentialValues.none().with("JIRA_EMAIL", "rm@acme.test").with("JIRA_API_TOKEN", JIRA_TOKEN)
                .with("BITBUCKET_ACCESS_TOKEN", BITBUCKET_TOKEN);
    }

    /** Returns live options for the fakes: Jira and Bitbucket Cloud, {@code acme/portal} on {@code main}. */
    StepOptions options() {
        StepOptions o = new StepOptions();
        o.fixVersion = FIX_VERSION;
        o.jiraUrl = url();
        o.bitbucketUrl = url();
        o.workspace = "acme";
        o.repos = List.of("portal");
        o.branches = List.of("main");
        o.noXlsx = true;
        return o;
    }

    @Override
    public void close() {
        server.stop();
    }

    private String issues() {
        return """
                {"issues": [%s, %s], "isLast": true}""".formatted(
                issue("10001", "APP-1", "Checkout", "Done", "done", null),
                issue("10002", "APP-2", "Login <script>alert(1)</script>", "To Do", "new", "Ann"));
    }

    /** Returns one issue as the search returns it (and the mirror keeps it). */
    String issue(String id, String key, String summary, String status, String category, String assignee) {
        return """
                {"id": "%s", "key": "%s", "self": "%s/rest/api/3/issue/%s", "fields": {
                  "summary": "%s", "status": {"name": "%s", "statusCategory": {"key": "%s"}},
                  "issuetype": {"name": "Story", "subtask": false},
                  "assignee": %s, "labels": [], "components": [],
                  "fixVersions": [{"name": "%s"}], "updated": "2026-04-01T10:00:00.000+0000"}}""".formatted(
                id, key, url(), id, summary, status, category,
                assignee == null ? "null" : "{\"displayName\": \"" + assignee + "\"}", FIX_VERSION);
    }

    private static String commits() {
        return """
                {"pagelen": 100, "values": [%s, %s, %s]}""".formatted(
                commit('3', "APP-1 checkout page"), commit('2', "tidy up the build"), commit('1', "APP-77 other work"));
    }

    private static String commit(char id, String message) {
        String hash = String.valueOf(id).repeat(40);
        return """
                {"type": "commit", "hash": "%s", "date": "2026-04-0%sT10:00:00+00:00", "message": "%s\\n",
                 "author": {"type": "author", "raw": "Dev <dev@acme.test>"},
                 "parents": [{"hash": "%s"}],
                 "links": {"html": {"href": "https://bitbucket.org/acme/portal/commits/%s"}}}""".formatted(
                hash, id, message, "f".repeat(40), hash);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
