package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.releasecopilot.http.Clients.json;
import static io.releasecopilot.http.Clients.ok;
import static io.releasecopilot.http.Clients.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.releasecopilot.common.AuditException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Retries on 429, 5xx, timeouts, broken connections and broken bodies, then succeeds. */
class RetryTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/2.0/repositories/acme/portal/commits/main";
    private static final RetryPolicy SLOW_BACKOFF = RetryPolicy.fast()
            .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final FakeTime time = new FakeTime();
    private final HttpStats stats = new HttpStats();

    private HttpBody get(RetryPolicy policy) {
        return Clients.client(SERVER, Clients.BASIC, policy, time, stats).get(Clients.url(SERVER, PATH), "commits");
    }

    @Test
    void shouldWaitAsRetryAfterSecondsSays() {
        sequence(SERVER, PATH, json(429, "{}").withHeader("Retry-After", "7"), ok());

        HttpBody body = get(SLOW_BACKOFF);

        assertThat(new String(body.body(), StandardCharsets.UTF_8)).isEqualTo(Clients.GOOD_JSON);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(7));
        SERVER.verify(exactly(2), getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldWaitUntilRetryAfterHttpDate() {
        String in12Seconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(time.instant().plusSeconds(12).atOffset(ZoneOffset.UTC));
        sequence(SERVER, PATH, json(429, "{}").withHeader("Retry-After", in12Seconds), ok());

        get(SLOW_BACKOFF);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void shouldWaitAtLeastTheFloorOnRetryAfterZero() {
        sequence(SERVER, PATH, json(429, "{}").withHeader("Retry-After", "0"), ok());

        get(SLOW_BACKOFF);

        assertThat(time.waits()).containsExactly(SLOW_BACKOFF.initialBackoff());
    }

    @Test
    void shouldCapRetryAfterAtMaxBackoff() {
        sequence(SERVER, PATH, json(503, "{}").withHeader("Retry-After", "3600"), ok());

        get(SLOW_BACKOFF);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void shouldRetryServiceUnavailableThenSucceed() {
        sequence(SERVER, PATH, json(503, "{}"), json(502, "<html>bad gateway</html>"), ok());

        HttpBody body = get(RetryPolicy.fast());

        assertThat(body.status()).isEqualTo(200);
        assertThat(body.headers()).containsKey("content-type");
        assertThat(time.waits()).hasSize(2);
        assertThat(stats.total()).isEqualTo(new HttpStats.Snapshot(3, 2, 0, stats.total().bytes()));
        assertThat(stats.host("localhost").requests()).isEqualTo(3);
    }

    @Test
    void shouldRetryAResponseSlowerThanTheRequestTimeout() throws Exception {
        try (StallingServer server = new StallingServer(StallingServer.Stall.BEFORE_HEADERS)) {
            HttpBody body = getWithTimeouts(server);

            assertThat(body.status()).isEqualTo(200);
            assertThat(server.timeouts()).containsExactly(Duration.ofSeconds(1));
            assertThat(server.requests()).isEqualTo(2);
            assertThat(time.waits()).hasSize(1);
        }
    }

    @Test
    void shouldRetryABodyThatStallsPastTheRequestTimeout() throws Exception {
        try (StallingServer server = new StallingServer(StallingServer.Stall.MID_BODY)) {
            HttpBody body = getWithTimeouts(server);

            assertThat(new String(body.body(), StandardCharsets.UTF_8)).isEqualTo(Clients.GOOD_JSON);
            assertThat(server.timeouts()).containsExactly(Duration.ofSeconds(1));
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    /** A GET with 1 s per attempt that times out when the server stalls, on the fake clock. */
    private HttpBody getWithTimeouts(StallingServer server) {
        RetryPolicy policy = RetryPolicy.fast().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1));
        ApiAccess access = new ApiAccess(server.url(""), Clients.BASIC, Clients.HINTS);
        return new ResilientHttpGet(access, policy, stats, HttpClient.Builder.NO_PROXY, time, time, () -> 0.5,
                server.timeOutOnStall(time)).get(server.url(PATH), "commits");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "RANDOM_DATA_THEN_CLOSE", "EMPTY_RESPONSE",
            "MALFORMED_RESPONSE_CHUNK"})
    void shouldRetryBrokenConnections(Fault fault) {
        sequence(SERVER, PATH, aResponse().withFault(fault), ok());

        HttpBody body = get(RetryPolicy.fast());

        assertThat(body.status()).isEqualTo(200);
        assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void shouldRetryABodyShorterThanItsContentLength() {
        sequence(SERVER, PATH, ok().withHeader("Content-Length", "500"), ok());

        HttpBody body = get(RetryPolicy.fast().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(1000)));

        assertThat(new String(body.body(), StandardCharsets.UTF_8)).isEqualTo(Clients.GOOD_JSON);
        SERVER.verify(exactly(2), getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldRetryTruncatedAndMalformedJsonWithStatus200() {
        sequence(SERVER, PATH, json(200, "{\"values\":[{\"hash\":\"ab"), json(200, "not json"),
                json(200, "{\"a\":1} {\"b\":2}"), json(200, ""), ok());

        HttpBody body = get(RetryPolicy.fast().withMaxAttempts(5));

        assertThat(new String(body.body(), StandardCharsets.UTF_8)).isEqualTo(Clients.GOOD_JSON);
        assertThat(time.waits()).hasSize(4);
    }

    @Test
    void shouldReportALoginPageServedWith200AsHtmlAfterTheRetries() {
        SERVER.stubFor(WireMock.get(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html>\n<html><head><title>Log in - Atlassian</title></head><body>\n<form>")));

        assertThatThrownBy(() -> get(RetryPolicy.fast().withMaxAttempts(3)))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("commits: GET " + SERVER.baseUrl() + PATH + " failed after 3 attempts in ")
                .hasMessageEndingWith("; last error: 200 OK with HTML, not JSON (a login page?)")
                .hasMessageNotContaining("\n");
        SERVER.verify(exactly(3), getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldFailWithOneLineNamingAttemptsWhenRetriesAreSpent() {
        Clients.sequence(SERVER, PATH, json(503, "{\"error\":{\"message\":\"Service down\"}}"),
                json(503, "{\"error\":{\"message\":\"Service down\"}}"),
                json(503, "{\"error\":{\"message\":\"Service down\"}}"),
                json(503, "{\"error\":{\"message\":\"Service down\"}}"));

        assertThatThrownBy(() -> get(RetryPolicy.fast()))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("commits: GET " + SERVER.baseUrl() + PATH + " failed after 4 attempts in ")
                .hasMessageEndingWith("; last error: 503 Service Unavailable; server said: Service down")
                .hasMessageNotContaining("\n");
        SERVER.verify(exactly(4), getRequestedFor(urlEqualTo(PATH)));
        assertThat(stats.total().failures()).isEqualTo(1);
        assertThat(stats.total().retries()).isEqualTo(3);
    }

    @Test
    void shouldNameTheTransportErrorWhenRetriesAreSpent() {
        SERVER.stubFor(WireMock.get(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> get(RetryPolicy.fast().withMaxAttempts(2)))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("failed after 2 attempts")
                .hasMessageMatching(".*last error: (connection reset|connection closed before the response) \\(.*");
        // the JDK client may itself repeat a GET once when a connection closes before any response byte
        assertThat(SERVER.findAll(getRequestedFor(urlEqualTo(PATH)))).hasSizeBetween(2, 4);
    }

    @Test
    void shouldStopBeforeTheTotalTimeLimit() {
        SERVER.stubFor(WireMock.get(urlEqualTo(PATH)).willReturn(json(503, "{}")));
        RetryPolicy policy = new RetryPolicy(20, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(20),
                Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThatThrownBy(() -> Clients.client(SERVER, Clients.BASIC, policy, time, stats, () -> 0.999_999)
                .get(Clients.url(SERVER, PATH), "commits"))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("failed after 5 attempts in 15.0 s; stopped because waiting 8.0 s more would pass"
                        + " the 20.0 s time limit; last error: 503 Service Unavailable");
        assertThat(time.slept()).isLessThanOrEqualTo(policy.maxTotalTime());
        SERVER.verify(exactly(5), getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldNotWaitForARetryAfterBeyondTheTotalTime() {
        sequence(SERVER, PATH, json(429, "{}").withHeader("Retry-After", "90"), ok());
        RetryPolicy policy = SLOW_BACKOFF.withBackoff(Duration.ofMillis(500), Duration.ofMinutes(5),
                Duration.ofMinutes(1));

        assertThatThrownBy(() -> get(policy))
                .hasMessageContaining("failed after 1 attempt in 0.0 s; stopped because waiting 90.0 s more")
                .hasMessageContaining("last error: 429 Too Many Requests");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void shouldGrowBackoffWithJitterWithinBounds() {
        sequence(SERVER, PATH, json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"),
                ok());
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        Random random = new Random(42);

        Clients.client(SERVER, Clients.BASIC, policy, time, stats, random::nextDouble)
                .get(Clients.url(SERVER, PATH), "commits");

        assertThat(time.waits()).hasSize(5);
        for (int retry = 1; retry <= 5; retry++) {
            Duration ceiling = Duration.ofMillis(Math.min(1000, 100L << (retry - 1)));
            assertThat(time.waits().get(retry - 1)).isBetween(Duration.ZERO, ceiling);
        }
        assertThat(time.waits()).doesNotHaveDuplicates();
    }

    @Test
    void shouldDoubleTheBackoffCeilingUpToTheMaximum() {
        sequence(SERVER, PATH, json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"),
                ok());
        RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofMinutes(1),
                Duration.ofSeconds(1), Duration.ofSeconds(2));

        Clients.client(SERVER, Clients.BASIC, policy, time, stats, () -> 0.999_999)
                .get(Clients.url(SERVER, PATH), "commits");

        assertThat(time.waits()).extracting(Duration::toMillis).containsExactly(99L, 199L, 399L, 799L, 999L);
    }
}
