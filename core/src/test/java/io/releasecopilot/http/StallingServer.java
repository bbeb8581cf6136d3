package io.releasecopilot.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server whose first answer stalls (before its headers, or halfway through its body) until it is closed; later
 * requests get {@link Clients#GOOD_JSON}. With {@link #timeOutOnStall} as the client's {@link ResponseWait}, the
 * stalled attempt times out the moment the server stalls, on the fake clock, instead of after a real timeout.
 */
final class StallingServer implements AutoCloseable {

    /** Where the first answer stops. */
    enum Stall { BEFORE_HEADERS, MID_BODY }

    /** The most a test waits, in real time, for a response or a stall before it fails instead of hanging. */
    private static final long SAFETY_SECONDS = 30;

    private final HttpServer server;
    private final Stall stall;
    private final CompletableFuture<Void> stalled = new CompletableFuture<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Duration> timeouts = new CopyOnWriteArrayList<>();

    StallingServer(Stall stall) throws IOException {
        this.stall = stall;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int requests() {
        return requests.get();
    }

    /** The time limits of the attempts that timed out. */
    List<Duration> timeouts() {
        return List.copyOf(timeouts);
    }

    /**
     * Waits for each response, timing out the attempt the server stalls: its time limit passes on {@code time}
     * and the wait throws {@link TimeoutException}, as the real wait would once the limit passed.
     */
    ResponseWait timeOutOnStall(FakeTime time) {
        return (response, timeout) -> {
            CompletableFuture<?> first = timeouts.isEmpty() ? CompletableFuture.anyOf(response, stalled) : response;
            try {
                first.get(SAFETY_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                // the response failed: reported below
            } catch (TimeoutException e) {
                throw new AssertionError("neither a response nor a stall within " + SAFETY_SECONDS + " s", e);
            }
            if (response.isDone()) {
                return response.get();
            }
            timeouts.add(timeout);
            time.advance(timeout);
            throw new TimeoutException("stalled");
        };
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = Clients.GOOD_JSON.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (requests.incrementAndGet() > 1) {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        if (stall == Stall.MID_BODY) {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body, 0, body.length / 2);
            exchange.getResponseBody().flush();
        }
        stalled.complete(null);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
