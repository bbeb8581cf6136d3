package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.releasecopilot.http.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 401, 403, 404 and other refusals end the call at once, with one line that says what to check. */
class RefusalTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String SEARCH = "/rest/api/3/search/jql";
    private static final String COMMITS = "/2.0/repositories/acme/portal/commits/main";

    private final FakeTime time = new FakeTime();
    private final HttpStats stats = new HttpStats();

    private HttpBody call(ApiAccess access, String path, String resource) {
        return Clients.client(access, RetryPolicy.fast(), time, stats, () -> 0.5, HttpClient.Builder.NO_PROXY)
                .get(Clients.url(SERVER, path), resource);
    }

    private ApiAccess jira() {
        return JiraAccess.resolve(CredentialSource.of(Map.of(
                "JIRA_EMAIL", "jane@acme.example", "JIRA_API_TOKEN", "jira-token-1")), "cloud",
                URI.create(SERVER.baseUrl()));
    }

    private ApiAccess bitbucket() {
        return BitbucketAccess.resolve(CredentialSource.of(Map.of(
                "BITBUCKET_EMAIL", "jane@acme.example", "BITBUCKET_API_TOKEN", "bb-token-1")), "cloud",
                URI.create(SERVER.baseUrl()));
    }

    @Test
    void shouldNotRetry401AndNameTheJiraSettings() {
        SERVER.stubFor(get(urlEqualTo(SEARCH)).willReturn(json(401,
                "{\"errorMessages\":[\"Client must be authenticated to access this resource.\"],\"errors\":{}}")));

        assertThatThrownBy(() -> call(jira(), SEARCH, "Jira search"))
                .isInstanceOf(AuditException.class)
                .hasMessage("Jira search: 401 Unauthorized from " + SERVER.baseUrl() + SEARCH + "; check JIRA_EMAIL and"
                        + " JIRA_API_TOKEN (API tokens expire after at most one year); server said: Client must be"
                        + " authenticated to access this resource.");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(SEARCH)));
        assertThat(time.waits()).isEmpty();
        assertThat(stats.total().failures()).isEqualTo(1);
    }

    @Test
    void shouldNotRetry403AndNameTheMissingScope() {
        SERVER.stubFor(get(urlEqualTo(COMMITS)).willReturn(json(403,
                "{\"type\":\"error\",\"error\":{\"message\":\"Your credentials lack one or more required privilege"
                        + " scopes.\",\"detail\":{\"required\":[\"read:repository:bitbucket\"]}}}")));

        assertThatThrownBy(() -> call(bitbucket(), COMMITS, "commits of acme/portal at main"))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("commits of acme/portal at main: 403 Forbidden from " + SERVER.baseUrl()
                        + COMMITS + "; the API token in BITBUCKET_API_TOKEN lacks a scope: it needs"
                        + " read:repository:bitbucket")
                .hasMessageContaining("server said: Your credentials lack one or more required privilege scopes.");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(COMMITS)));
    }

    @Test
    void shouldNotRetry404AndNameTheOptions() {
        SERVER.stubFor(get(urlEqualTo(COMMITS)).willReturn(json(404,
                "{\"type\":\"error\",\"error\":{\"message\":\"Repository acme/portal not found\"}}")));

        assertThatThrownBy(() -> call(bitbucket(), COMMITS, "commits of acme/portal at main"))
                .isInstanceOf(AuditException.class)
                .hasMessage("commits of acme/portal at main: 404 Not Found from " + SERVER.baseUrl() + COMMITS
                        + "; check --workspace, --repo and --branch; a private repository also answers 404 to a"
                        + " credential that cannot see it; server said: Repository acme/portal not found");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(COMMITS)));
    }

    @Test
    void shouldNameTheDataCenterTokenOn401() {
        SERVER.stubFor(get(urlEqualTo("/rest/api/2/search")).willReturn(aResponse().withStatus(401)));
        ApiAccess access = JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_TOKEN", "pat-1")),
                "datacenter", URI.create(SERVER.baseUrl()));

        assertThatThrownBy(() -> call(access, "/rest/api/2/search", "Jira search"))
                .hasMessage("Jira search: 401 Unauthorized from " + SERVER.baseUrl() + "/rest/api/2/search; check"
                        + " JIRA_TOKEN (a Data Center personal access token; it may have expired or been revoked)");
    }

    @Test
    void shouldReportOtherClientErrorsWithTheServersWords() {
        SERVER.stubFor(get(urlEqualTo("/rest/api/3/search")).willReturn(json(410,
                "{\"errorMessages\":[\"The requested API has been removed. Please migrate to the"
                        + " /rest/api/3/search/jql API.\"]}")));

        assertThatThrownBy(() -> call(jira(), "/rest/api/3/search", "Jira search"))
                .hasMessage("Jira search: 410 Gone from " + SERVER.baseUrl() + "/rest/api/3/search; server said: The"
                        + " requested API has been removed. Please migrate to the /rest/api/3/search/jql API.");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo("/rest/api/3/search")));
    }

    @Test
    void shouldCutLongErrorBodiesToOneShortLine() {
        String longMessage = "line one\\nline two " + "x".repeat(400);
        SERVER.stubFor(get(urlEqualTo(SEARCH)).willReturn(json(400, "{\"errorMessages\":[\"" + longMessage + "\"]}")));

        assertThatThrownBy(() -> call(jira(), SEARCH, "Jira search"))
                .satisfies(e -> {
                    String said = e.getMessage().substring(e.getMessage().indexOf("server said: ") + 13);
                    assertThat(said).startsWith("line one line two xxx").endsWith("…").hasSize(Excerpt.MAX);
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }

    @Test
    void shouldNotFollowRedirects() {
        SERVER.stubFor(get(urlEqualTo(SEARCH)).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://elsewhere.example/rest/api/3/search/jql")));

        assertThatThrownBy(() -> call(jira(), SEARCH, "Jira search"))
                .hasMessageContaining("301 Moved Permanently from " + SERVER.baseUrl() + SEARCH)
                .hasMessageContaining("https://elsewhere.example/rest/api/3/search/jql: check the base URL");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void shouldRefuseToSendCredentialsToAnotherHost() {
        ApiAccess access = new ApiAccess(URI.create("https://api.bitbucket.org"),
                new Auth.Bearer(SecretValue.of("bb-access-1"), "BITBUCKET_ACCESS_TOKEN"), Clients.HINTS);

        assertThatThrownBy(() -> call(access, COMMITS, "commits of acme/portal at main"))
                .isInstanceOf(AuditException.class)
                .hasMessage("commits of acme/portal at main: refusing to send the credentials for"
                        + " https://api.bitbucket.org to " + SERVER.baseUrl() + COMMITS
                        + "; the URL must start with the configured base URL");
        assertThat(SERVER.getAllServeEvents()).isEmpty();
    }
}
