package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.releasecopilot.http.Clients.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One INFO line per retry, DEBUG per request, rate-limit headers when the server sends them. */
class LoggingTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/rest/api/3/search/jql";
    private static final RetryPolicy POLICY = RetryPolicy.fast()
            .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));

    private HttpBody call() {
        return Clients.client(SERVER, Clients.BASIC, POLICY, new FakeTime(), new HttpStats())
                .get(Clients.url(SERVER, PATH), "Jira search");
    }

    @Test
    void shouldLogOneInfoLinePerRetryWithTheRateLimitReason() {
        Clients.sequence(SERVER, PATH, json(429, "{}").withHeader("Retry-After", "2")
                .withHeader("RateLimit-Reason", "jira-quota-tenant-based"), Clients.ok());

        try (LogCapture log = new LogCapture()) {
            call();

            assertThat(log.messages(Level.INFO)).containsExactly("retrying GET " + SERVER.baseUrl() + PATH
                    + " (attempt 2 of 4) after 429 Too Many Requests (RateLimit-Reason: jira-quota-tenant-based);"
                    + " waiting 2.0 s (Retry-After)");
        }
    }

    @Test
    void shouldLogEachRequestAtDebug() {
        SERVER.stubFor(get(urlEqualTo(PATH)).willReturn(Clients.ok()));

        try (LogCapture log = new LogCapture()) {
            call();

            assertThat(log.messages(Level.FINE)).singleElement().asString()
                    .matches("GET " + SERVER.baseUrl().replace(".", "\\.") + PATH + " -> 200 in \\d+ ms, "
                            + Clients.GOOD_JSON.length() + " bytes");
        }
    }

    @Test
    void shouldLogANearLimitWarningOncePerHostAtInfo() {
        SERVER.stubFor(get(urlEqualTo(PATH)).willReturn(Clients.ok().withHeader("X-RateLimit-NearLimit", "true")
                .withHeader("X-RateLimit-Remaining", "3")));

        try (LogCapture log = new LogCapture()) {
            ResilientHttpGet client = Clients.client(SERVER, Clients.BASIC, POLICY, new FakeTime(), new HttpStats());
            client.get(Clients.url(SERVER, PATH), "Jira search");
            client.get(Clients.url(SERVER, PATH), "Jira search");

            assertThat(log.messages(Level.INFO)).containsExactly(
                    "rate limit of localhost nearly reached (X-RateLimit-NearLimit: true, remaining 3)");
            assertThat(log.messages(Level.FINE)).contains(
                    "rate limit of localhost nearly reached (X-RateLimit-NearLimit: true, remaining 3)");
        }
    }
}
