package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.releasecopilot.common.SecretValue;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** Builds clients against a WireMock server with fake time and no proxy. */
final class Clients {

    static final FailureHints HINTS = new FailureHints("FORBIDDEN-HINT", "NOT-FOUND-HINT");
    static final Auth BASIC = new Auth.Basic("jane@acme.example", SecretValue.of("api-token-1"),
            "JIRA_EMAIL and JIRA_API_TOKEN (API tokens expire after at most one year)");
    static final String GOOD_JSON = "{\"values\":[{\"hash\":\"abc\"}],\"next\":null}";

    private Clients() {
    }

    static ResilientHttpGet client(WireMockExtension server, Auth auth, RetryPolicy policy, FakeTime time,
            HttpStats stats) {
        return client(server, auth, policy, time, stats, () -> 0.5);
    }

    static ResilientHttpGet client(WireMockExtension server, Auth auth, RetryPolicy policy, FakeTime time,
            HttpStats stats, DoubleSupplier random) {
        return client(access(server, auth), policy, time, stats, random, HttpClient.Builder.NO_PROXY);
    }

    static ResilientHttpGet client(ApiAccess access, RetryPolicy policy, FakeTime time, HttpStats stats,
            DoubleSupplier random, ProxySelector proxy) {
        return new ResilientHttpGet(access, policy, stats, proxy, time, time, random);
    }

    static ApiAccess access(WireMockExtension server, Auth auth) {
        return new ApiAccess(URI.create(server.baseUrl()), auth, HINTS);
    }

    static URI url(WireMockExtension server, String path) {
        return URI.create(server.baseUrl() + path);
    }

    /** Stubs {@code path} to answer with {@code responses} in order; later requests get WireMock's 404. */
    static void sequence(WireMockExtension server, String path, ResponseDefinitionBuilder... responses) {
        sequenceOf(server, () -> get(urlEqualTo(path)), responses);
    }

    /** Stubs requests matching {@code request} to answer with {@code responses} in order. */
    static void sequenceOf(WireMockExtension server, Supplier<MappingBuilder> request,
            ResponseDefinitionBuilder... responses) {
        String scenario = "sequence " + System.nanoTime();
        for (int i = 0; i < responses.length; i++) {
            server.stubFor(request.get().inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? STARTED : "step " + i)
                    .willSetStateTo("step " + (i + 1))
                    .willReturn(responses[i]));
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder ok() {
        return json(200, GOOD_JSON);
    }
}
