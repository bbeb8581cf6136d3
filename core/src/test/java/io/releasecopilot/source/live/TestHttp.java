package io.releasecopilot.source.live;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal {@link HttpGet} for tests and the benchmark: the JDK client over HTTP/1.1, no retries, no
 * authentication; any status outside 2xx is an {@link AuditException} naming the resource and address.
 * Counts requests and the most that were in flight at once.
 */
final class TestHttp implements HttpGet {

    private final HttpClient client;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    TestHttp() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public HttpBody get(URI url, String resource) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        requests.incrementAndGet();
        try {
            HttpRequest request = HttpRequest.newBuilder(url).GET().timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new AuditException(resource + ": HTTP " + response.statusCode() + " from " + url);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new HttpBody(url, response.statusCode(), response.body(), headers);
        } catch (IOException e) {
            throw new AuditException(resource + ": " + e.getClass().getSimpleName() + " from " + url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException(resource + ": interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Returns the number of requests running now. */
    int inFlight() {
        return inFlight.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int requests() {
        return requests.get();
    }
}
