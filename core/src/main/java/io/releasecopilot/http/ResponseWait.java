package io.releasecopilot.http;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for an exchange's complete response, headers and body, for at most the attempt's time limit. Tests
 * replace it with one that times an exchange out when its server stalls, so no test waits for a real timeout.
 */
@FunctionalInterface
interface ResponseWait {

    /** The real thing: {@link CompletableFuture#get(long, TimeUnit)}. */
    ResponseWait SYSTEM = (response, timeout) -> response.get(timeout.toNanos(), TimeUnit.NANOSECONDS);

    /**
     * Returns the response once it is complete.
     *
     * @throws TimeoutException when {@code timeout} passes first (the caller cancels the exchange)
     */
    HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> response, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException;
}
