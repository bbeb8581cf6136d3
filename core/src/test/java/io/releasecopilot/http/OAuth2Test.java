package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.releasecopilot.http.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OAuth 2.0 (3LO): refresh once on 401, hand the rotated refresh token back, refresh once for many threads. */
class OAuth2Test {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(20)).build();

    private static final String SEARCH = "/ex/jira/cloud-1/rest/api/3/search/jql";
    private static final String TOKEN = "/oauth/token";
    private static final String REFRESH_REQUEST = "{\"grant_type\":\"refresh_token\",\"client_id\":\"client-1\","
            + "\"client_secret\":\"client-secret-1\",\"refresh_token\":\"refresh-1\"}";

    private final List<SecretValue> rotated = new CopyOnWriteArrayList<>();
    private final FakeTime time = new FakeTime();

    private OAuth2 oauth(String accessToken, String refreshToken) {
        return new OAuth2(SecretValue.of(accessToken), SecretValue.of(refreshToken), "client-1", SecretValue.of("client-secret-1"),
                URI.create(SERVER.baseUrl() + TOKEN), rotated::add);
    }

    private ResilientHttpGet client(OAuth2 auth) {
        return Clients.client(SERVER, auth, RetryPolicy.fast(), time, new HttpStats());
    }

    private HttpBody search(ResilientHttpGet client) {
        return client.get(Clients.url(SERVER, SEARCH), "Jira search");
    }

    private void stubApi() {
        SERVER.stubFor(get(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer access-1"))
                .willReturn(json(401, "{\"code\":401,\"message\":\"Unauthorized\"}")));
        SERVER.stubFor(get(urlEqualTo(SEARCH)).withHeader("Authorization", equalTo("Bearer access-2"))
                .willReturn(Clients.ok()));
    }

    private void stubTokenEndpoint(int delayMillis) {
        SERVER.stubFor(post(urlEqualTo(TOKEN)).withRequestBody(equalToJson(REFRESH_REQUEST))
                .withHeader("Content-Type", equalTo("application/json"))
                .willReturn(json(200, "{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\","
                        + "\"expires_in\":3600,\"token_type\":\"Bearer\",\"scope\":\"read:jira-work offline_access\"}")
                        .withFixedDelay(delayMillis)));
    }

    @Test
    void shouldRefreshOn401HandOverTheRotatedTokenAndRepeatOnce() {
        stubApi();
        stubTokenEndpoint(0);
        OAuth2 auth = oauth("access-1", "refresh-1");
        ResilientHttpGet client = client(auth);

        HttpBody body = search(client);

        assertThat(body.status()).isEqualTo(200);
        assertThat(rotated).containsExactly(SecretValue.of("refresh-2"));
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        SERVER.verify(exactly(2), getRequestedFor(urlEqualTo(SEARCH)));
        assertThat(auth.header()).contains("Bearer access-2");
        assertThat(time.waits()).isEmpty();

        search(client);
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        SERVER.verify(exactly(3), getRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void shouldRefreshOnceWhenManyThreadsSee401Together() throws Exception {
        stubApi();
        stubTokenEndpoint(300);
        ResilientHttpGet client = client(oauth("access-1", "refresh-1"));
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpBody>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return search(client);
                }));
            }
            start.countDown();
            for (Future<HttpBody> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(rotated).containsExactly(SecretValue.of("refresh-2"));
    }

    @Test
    void shouldRefreshBeforeTheFirstRequestWhenOnlyARefreshTokenIsGiven() {
        stubApi();
        stubTokenEndpoint(0);

        search(client(new OAuth2(null, SecretValue.of("refresh-1"), "client-1", SecretValue.of("client-secret-1"),
                URI.create(SERVER.baseUrl() + TOKEN), rotated::add)));

        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(SEARCH)));
        assertThat(rotated).containsExactly(SecretValue.of("refresh-2"));
    }

    @Test
    void shouldGiveUpAfterOneRefreshWhenTheNewTokenIsRefusedToo() {
        SERVER.stubFor(get(urlEqualTo(SEARCH)).willReturn(json(401, "{\"message\":\"Unauthorized\"}")));
        stubTokenEndpoint(0);

        assertThatThrownBy(() -> search(client(oauth("access-1", "refresh-1"))))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("Jira search: 401 Unauthorized from " + SERVER.baseUrl() + SEARCH
                        + "; check JIRA_ACCESS_TOKEN, JIRA_REFRESH_TOKEN, JIRA_CLIENT_ID and JIRA_CLIENT_SECRET");
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        SERVER.verify(exactly(2), getRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void shouldNameJiraRefreshTokenOnInvalidGrant() {
        stubApi();
        SERVER.stubFor(post(urlEqualTo(TOKEN)).willReturn(json(403,
                "{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}")));
        ResilientHttpGet client = client(oauth("access-1", "refresh-1"));

        assertThatThrownBy(() -> search(client))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("Jira OAuth token refresh: 403 Forbidden from " + SERVER.baseUrl() + TOKEN
                        + "; the refresh token in JIRA_REFRESH_TOKEN was refused (invalid_grant)")
                .hasMessageContaining("set the new JIRA_REFRESH_TOKEN")
                .hasMessageEndingWith("server said: invalid_grant; Unknown or invalid refresh token.")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> search(client)).hasMessageContaining("invalid_grant");
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
        assertThat(rotated).isEmpty();
    }

    @Test
    void shouldNameClientSettingsWhenTheClientIsRefused() {
        stubApi();
        SERVER.stubFor(post(urlEqualTo(TOKEN)).willReturn(json(401, "{\"error\":\"access_denied\","
                + "\"error_description\":\"Unauthorized\"}")));

        assertThatThrownBy(() -> search(client(oauth("access-1", "refresh-1"))))
                .hasMessageContaining("; check JIRA_CLIENT_ID and JIRA_CLIENT_SECRET");
    }

    @Test
    void shouldRetryTheTokenEndpointOnlyWhenTheRequestWasNotProcessed() {
        stubApi();
        Clients.sequenceOf(SERVER, () -> post(urlEqualTo(TOKEN)), json(503, "{}"),
                json(200, "{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\"}"));

        assertThat(search(client(oauth("access-1", "refresh-1"))).status()).isEqualTo(200);
        SERVER.verify(exactly(2), postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void shouldNotRetryTheTokenEndpointAfterA500() {
        stubApi();
        SERVER.stubFor(post(urlEqualTo(TOKEN)).willReturn(json(500, "{}")));

        assertThatThrownBy(() -> search(client(oauth("access-1", "refresh-1"))))
                .hasMessageStartingWith("Jira OAuth token refresh: 500 Internal Server Error from");
        SERVER.verify(exactly(1), postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void shouldNotRefreshWithoutARefreshToken() {
        stubApi();

        assertThatThrownBy(() -> search(client(new OAuth2(SecretValue.of("access-1"), null, null, null,
                OAuth2.ATLASSIAN_TOKEN_ENDPOINT, rotated::add))))
                .hasMessageContaining("401 Unauthorized")
                .hasMessageContaining("check JIRA_ACCESS_TOKEN");
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(SEARCH)));
    }

    @Test
    void shouldKeepGoingWhenStoringTheRotatedTokenFails() {
        stubApi();
        stubTokenEndpoint(0);
        OAuth2 auth = new OAuth2(SecretValue.of("access-1"), SecretValue.of("refresh-1"), "client-1",
                SecretValue.of("client-secret-1"), URI.create(SERVER.baseUrl() + TOKEN), token -> {
                    throw new IllegalStateException("vault is read-only");
                });

        assertThat(search(client(auth)).status()).isEqualTo(200);
    }
}
