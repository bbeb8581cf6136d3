package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpGet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    private static final List<String> REFS = IntStream.rangeClosed(1, 8).mapToObj(i -> "r" + i).toList();

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldKeepRequestsInFlightWithinTheBoundAndPagesOfARefInOrder() {
        fake.stubs().delay(40);
        for (String ref : REFS) {
            fake.stubs().bitbucketCloud("acme", "portal", ref, null, TestCommit.history(ref, 300, TestSources.NEWEST),
                    100);
        }
        TestHttp http = new TestHttp();
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch(String.join(",", REFS)).concurrency(3)
                .build();

        FetchRunner.fetch(sources, cache, http, http, null);

        assertThat(http.requests()).isEqualTo(1 + 8 * 3);
        assertThat(http.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThan(1);
        for (String ref : REFS) {
            assertThat(fake.requests(Stubs.cloudPath("acme", "portal", ref)))
                    .extracting(r -> FakeServer.param(r, "page"))
                    .containsExactly(null, Stubs.cloudToken(ref, 1), Stubs.cloudToken(ref, 2));
        }
        assertThat(CacheReader.read(cache).commits()).hasSize(8 * 300);
    }

    @Test
    void shouldStopTheOtherFetchesAtTheFirstErrorAndThrowItAsItIs() throws InterruptedException {
        for (String ref : REFS) {
            fake.stubs().bitbucketCloud("acme", "portal", ref, null, TestCommit.history(ref, 1000, TestSources.NEWEST),
                    100);
        }
        fake.server().stubFor(get(urlPathEqualTo(Stubs.cloudPath("acme", "portal", "r3"))).atPriority(1)
                .willReturn(aResponse().withStatus(404)));
        TestHttp http = new TestHttp();
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch(String.join(",", REFS)).concurrency(4)
                .build();
        // The other refs' requests are held until r3 has failed, so what the error stops is known without
        // racing real delays: the first page of each of the three other refs of the first four.
        CountDownLatch r3Failed = new CountDownLatch(1);
        HttpGet gated = (url, resource) -> {
            if (url.getPath().equals(Stubs.cloudPath("acme", "portal", "r3"))) {
                try {
                    return http.get(url, resource);
                } finally {
                    r3Failed.countDown();
                }
            }
            try {
                r3Failed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return http.get(url, resource);
        };
        List<Throwable> thrown = new ArrayList<>();

        assertThatThrownBy(() -> {
            try {
                FetchRunner.fetch(sources, cache, gated, gated, null);
            } catch (RuntimeException e) {
                thrown.add(e);
                throw e;
            }
        }).isExactlyInstanceOf(AuditException.class)
                .hasMessage("commits of acme/portal at r3: HTTP 404 from " + fake.url()
                        + Stubs.cloudPath("acme", "portal", "r3") + "?pagelen=100");

        int requestsAtError = http.requests();
        assertThat(requestsAtError).as("the first fetches' first pages, none started after the error")
                .isLessThanOrEqualTo(1 + 4);
        assertThat(http.inFlight()).as("no request still running when the error surfaced").isZero();
        for (Thread thread : fetchThreads()) {
            thread.join(10_000);
        }
        assertThat(fetchThreads()).as("the fetch threads have ended").isEmpty();
        assertThat(http.requests()).as("nothing runs after the error surfaced").isEqualTo(requestsAtError);
        assertThat(CacheReader.read(cache).warnings()).anyMatch(w -> w.contains("incomplete"));
    }

    /** The live threads of fetches (BoundedTasks names them); waiting for them to end takes no fixed time. */
    private static List<Thread> fetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("release-copilot-fetch-"))
                .toList();
    }
}
