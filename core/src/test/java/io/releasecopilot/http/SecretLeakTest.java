package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.releasecopilot.http.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.SecretMask;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs every failing scenario with known secret values, servers that echo them back, and a callback that
 * quotes one, and checks that no log record (any level, stack traces included) and no exception message
 * contains any of them.
 */
class SecretLeakTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String JIRA_TOKEN = "s3cr3t-jira-api-token";
    private static final String BB_TOKEN = "s3cr3t-bb-access-token";
    private static final String PASSWORD = "s3cr3t-dc-password";
    private static final String ACCESS_1 = "s3cr3t-oauth-access-1";
    private static final String ACCESS_2 = "s3cr3t-oauth-access-2";
    private static final String REFRESH_1 = "s3cr3t-oauth-refresh-1";
    private static final String REFRESH_2 = "s3cr3t-oauth-refresh-2";
    private static final String CLIENT_SECRET = "s3cr3t-client-secret";
    private static final String APP_PASSWORD = "s3cr3t-app-password";
    private static final String BASIC_PAIR = base64("jane@acme.example:" + JIRA_TOKEN);
    private static final List<String> SECRETS = List.of(JIRA_TOKEN, BB_TOKEN, PASSWORD, ACCESS_1, ACCESS_2, REFRESH_1,
            REFRESH_2, CLIENT_SECRET, APP_PASSWORD, BASIC_PAIR, base64("jdoe:" + PASSWORD));

    private final List<String> messages = new ArrayList<>();

    @Test
    void shouldKeepEverySecretOutOfLogsAndMessages() {
        try (LogCapture log = new LogCapture()) {
            basicScenarios();
            bearerScenarios();
            oauthScenarios();
            resolutionScenarios();

            assertThat(messages).hasSizeGreaterThanOrEqualTo(15);
            assertThat(log.formatted()).isNotEmpty();
            List<String> everything = new ArrayList<>(messages);
            everything.addAll(log.formatted());
            for (String text : everything) {
                for (String secret : SECRETS) {
                    assertThat(text).as("a message or log line").doesNotContain(secret);
                }
            }
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("****"));
        }
    }

    @Test
    void shouldMaskEverySourcesSecretsInFullBeforeCutting() {
        SecretMask run = new SecretMask();
        ResilientHttpGet jira = new ResilientHttpGet(Clients.access(SERVER, new Auth.Basic("jane@acme.example",
                SecretValue.of(JIRA_TOKEN), "JIRA_EMAIL and JIRA_API_TOKEN")), RetryPolicy.fast(), new HttpStats(), run);
        ResilientHttpGet bitbucket = new ResilientHttpGet(Clients.access(SERVER,
                new Auth.Bearer(SecretValue.of(BB_TOKEN), "BITBUCKET_ACCESS_TOKEN")), RetryPolicy.fast(), new HttpStats(), run);
        String filler = "x".repeat(Excerpt.MAX - 10);
        stub("/bb-quotes-jira", json(403, "{\"error\":{\"message\":\"" + JIRA_TOKEN + " is for Jira\"}}"));
        stub("/bb-straddles", json(403, "{\"error\":{\"message\":\"" + filler + BB_TOKEN + "\"}}"));
        stub("/jira-straddles", json(400, "{\"errorMessages\":[\"" + filler + "Basic " + BASIC_PAIR + "\"]}"));

        call(bitbucket, "/bb-quotes-jira");
        call(bitbucket, "/bb-straddles");
        call(jira, "/jira-straddles");

        assertThat(messages).hasSize(3).allSatisfy(message -> {
            for (String secret : SECRETS) {
                assertThat(message).doesNotContain(secret.substring(0, 6)).doesNotContain(secret.substring(6));
            }
        });
    }

    private void basicScenarios() {
        Auth basic = new Auth.Basic("jane@acme.example", SecretValue.of(JIRA_TOKEN), "JIRA_EMAIL and JIRA_API_TOKEN");
        ResilientHttpGet client = client(basic);
        stub("/401", json(401, "{\"errorMessages\":[\"token " + JIRA_TOKEN + " rejected; header Basic " + BASIC_PAIR
                + "\"]}"));
        stub("/403", json(403, "{\"errorMessages\":[\"" + JIRA_TOKEN + " may not browse\"]}"));
        stub("/404", json(404, "{\"errorMessages\":[\"nothing for " + JIRA_TOKEN + "\"]}"));
        stub("/400", aResponse().withStatus(400).withBody("bad request for " + JIRA_TOKEN + "\nsecond line"));
        stub("/503", json(503, "{\"error\":{\"message\":\"overloaded, " + JIRA_TOKEN + "\"}}"));
        stub("/reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stub("/garbage", json(200, "not json " + JIRA_TOKEN));
        stub("/near", Clients.ok().withHeader("X-RateLimit-NearLimit", "true")
                .withHeader("RateLimit-Reason", JIRA_TOKEN));
        for (String path : List.of("/401", "/403", "/404", "/400", "/503", "/reset", "/garbage", "/near")) {
            call(client, path);
        }
        ApiAccess elsewhere = new ApiAccess(URI.create("https://acme.atlassian.net"), basic, Clients.HINTS);
        call(Clients.client(elsewhere, RetryPolicy.fast(), new FakeTime(), new HttpStats(), () -> 0.5,
                HttpClient.Builder.NO_PROXY), "/401");
        messages.add(basic.toString());
    }

    private void bearerScenarios() {
        ResilientHttpGet client = client(new Auth.Bearer(SecretValue.of(BB_TOKEN), "BITBUCKET_ACCESS_TOKEN"));
        stub("/bb401", json(401, "{\"type\":\"error\",\"error\":{\"message\":\"Bearer " + BB_TOKEN + " expired\"}}"));
        call(client, "/bb401");
        ResilientHttpGet dc = client(new Auth.Basic("jdoe", SecretValue.of(PASSWORD), "BITBUCKET_USERNAME and"
                + " BITBUCKET_PASSWORD"));
        stub("/dc401", json(401, "{\"errors\":[{\"message\":\"Authentication failed for " + PASSWORD + "\"}]}"));
        call(dc, "/dc401");
    }

    private void oauthScenarios() {
        SERVER.stubFor(get(urlEqualTo("/oauth-api")).withHeader("Authorization", equalTo("Bearer " + ACCESS_2))
                .willReturn(Clients.ok()));
        SERVER.stubFor(get(urlEqualTo("/oauth-api")).withHeader("Authorization", equalTo("Bearer " + ACCESS_1))
                .willReturn(json(401, "{\"message\":\"" + ACCESS_1 + " expired\"}")));
        SERVER.stubFor(post(urlEqualTo("/token-ok")).willReturn(json(200, "{\"access_token\":\"" + ACCESS_2
                + "\",\"refresh_token\":\"" + REFRESH_2 + "\"}")));
        SERVER.stubFor(post(urlEqualTo("/token-bad")).willReturn(json(403, "{\"error\":\"invalid_grant\","
                + "\"error_description\":\"" + REFRESH_1 + " / " + CLIENT_SECRET + " unknown\"}")));
        SERVER.stubFor(post(urlEqualTo("/token-broken")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        OAuth2 good = oauth("/token-ok", token -> {
            throw new IllegalStateException("cannot write " + token.reveal() + " to the vault");
        });
        call(client(good), "/oauth-api");
        SERVER.stubFor(get(urlEqualTo("/oauth-api")).withHeader("Authorization", equalTo("Bearer " + ACCESS_2))
                .willReturn(json(401, "{\"message\":\"" + ACCESS_2 + " expired\"}")));
        call(client(good), "/oauth-api");
        call(client(oauth("/token-bad", token -> { })), "/oauth-api");
        call(client(oauth("/token-broken", token -> { })), "/oauth-api");
        messages.add(good.toString());
    }

    private void resolutionScenarios() {
        List<Map<String, String>> cloudJira = List.of(
                Map.of("JIRA_API_TOKEN", JIRA_TOKEN),
                Map.of("JIRA_ACCESS_TOKEN", ACCESS_1, "JIRA_REFRESH_TOKEN", REFRESH_1),
                Map.of("JIRA_REFRESH_TOKEN", REFRESH_1, "JIRA_CLIENT_SECRET", CLIENT_SECRET, "JIRA_CLOUD_ID", "c-1"),
                Map.of("JIRA_API_TOKEN", JIRA_TOKEN, "JIRA_EMAIL", "e", "JIRA_ACCESS_TOKEN", ACCESS_1));
        for (Map<String, String> env : cloudJira) {
            resolve(() -> JiraAccess.resolve(CredentialSource.of(env), "cloud", URI.create("https://acme.atlassian.net")));
        }
        resolve(() -> JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_TOKEN", JIRA_TOKEN)), "datacenter",
                URI.create("https://admin:" + PASSWORD + "@jira.example.com")));
        resolve(() -> BitbucketAccess.resolve(CredentialSource.of(Map.of("BITBUCKET_APP_PASSWORD", APP_PASSWORD)),
                "cloud", null));
        resolve(() -> BitbucketAccess.resolve(CredentialSource.of(Map.of("BITBUCKET_PASSWORD", PASSWORD)),
                "datacenter", URI.create("https://bitbucket.example.com")));
        resolve(() -> BitbucketAccess.resolve(CredentialSource.of(Map.of("BITBUCKET_ACCESS_TOKEN", BB_TOKEN,
                "BITBUCKET_EMAIL", "e", "BITBUCKET_API_TOKEN", JIRA_TOKEN)), "cloud", null));
    }

    private OAuth2 oauth(String tokenPath, Consumer<SecretValue> onRotated) {
        return new OAuth2(SecretValue.of(ACCESS_1), SecretValue.of(REFRESH_1), "client-1", SecretValue.of(CLIENT_SECRET),
                URI.create(SERVER.baseUrl() + tokenPath), onRotated);
    }

    private ResilientHttpGet client(Auth auth) {
        return Clients.client(SERVER, auth, RetryPolicy.fast().withMaxAttempts(2), new FakeTime(), new HttpStats());
    }

    private void stub(String path, ResponseDefinitionBuilder response) {
        SERVER.stubFor(get(urlEqualTo(path)).willReturn(response));
    }

    private void call(ResilientHttpGet client, String path) {
        try {
            client.get(Clients.url(SERVER, path), "resource " + path);
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void resolve(Runnable resolution) {
        try {
            resolution.run();
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void record(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(t.toString());
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
