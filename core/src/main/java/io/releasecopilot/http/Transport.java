package io.releasecopilot.http;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Sends one exchange and reads the whole body, within one time limit for headers and body together (the
 * JDK's request timeout stops at the headers; a body that stalls would hang). Counts it in the stats and
 * logs it at DEBUG.
 */
final class Transport {

    private static final Logger LOG = System.getLogger(Transport.class.getName());

    private final HttpClient client;
    private final HttpStats stats;
    private final ResponseWait wait;

    Transport(HttpClient client, HttpStats stats, ResponseWait wait) {
        this.client = client;
        this.stats = stats;
        this.wait = wait;
    }

    HttpStats stats() {
        return stats;
    }

    /**
     * Sends {@code request} and waits at most {@code timeout} for the complete response.
     *
     * @throws HttpTimeoutException when the time runs out (the exchange is cancelled)
     * @throws IOException          when the connection fails or the body ends early
     */
    HttpResponse<byte[]> send(HttpRequest request, Duration timeout) throws IOException, InterruptedException {
        String host = Urls.host(request.uri());
        stats.request(host);
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = wait.await(future, timeout);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + Durations.format(timeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
        long bytes = response.body() == null ? 0 : response.body().length;
        stats.bytes(host, bytes);
        LOG.log(Level.DEBUG, () -> request.method() + " " + Urls.display(request.uri()) + " -> "
                + response.statusCode() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms, " + bytes + " bytes");
        return response;
    }

    private static IOException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IOException(cause == null ? "request failed" : cause.toString(), cause);
    }
}
