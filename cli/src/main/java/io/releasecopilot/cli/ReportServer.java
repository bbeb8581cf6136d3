package io.releasecopilot.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.report.IoConsumer;
import io.releasecopilot.report.html.HtmlPage;
import io.releasecopilot.report.html.ReportAssets;
import io.releasecopilot.report.html.SafeReportJson;
import io.releasecopilot.report.store.ReportStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of {@code rc serve} (JDK {@link HttpServer}): {@code /} lists the runs, {@code /report/ID} shows
 * one, {@code /report/ID.json} downloads its JSON, {@code /compare?base=ID&head=ID} shows a report compared with
 * an older one, {@code /static/NAME} serves the report's assets. Only GET; only ids the {@link RunIndex} knows
 * and asset names of {@link ReportAssets} are served, so no path reaches the file system. Every answer carries a
 * strict Content-Security-Policy and {@code X-Content-Type-Options: nosniff}. On a loopback address, requests
 * naming another host than the loopback names or the host of {@link #url} (DNS rebinding) are refused. A file
 * that should be a report but cannot be read is never sent in part: opening it shows an error page naming the
 * file and its problem.
 */
final class ReportServer implements AutoCloseable {

    /** The policy of every answer; the index page's compare form needs {@code form-action 'self'}. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final Logger LOG = System.getLogger(ReportServer.class.getName());
    private static final Pattern REPORT = Pattern.compile("/report/([0-9a-f]{16})(\\.json)?");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final RunIndex index;
    private final HttpServer server;
    private final ExecutorService pool;
    private final String host;

    /**
     * Binds the server (not yet started).
     *
     * @param port 0 for any free port
     * @throws IOException when the address cannot be bound
     */
    ReportServer(ReportStore store, InetAddress address, int port) throws IOException {
        this.index = new RunIndex(store);
        this.server = HttpServer.create(new InetSocketAddress(address, port), 0);
        this.pool = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "rc-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        this.host = host(server.getAddress().getAddress());
    }

    RunIndex index() {
        return index;
    }

    void start() {
        server.start();
    }

    /** Returns the bound address; its port is the real one when 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Returns the server's base URL, e.g. {@code http://127.0.0.1:8080/}; on a wildcard address (0.0.0.0, ::)
     * the machine's host name, or 127.0.0.1 when it has none that resolves.
     */
    String url() {
        return "http://" + host + ":" + address().getPort() + "/";
    }

    private static String host(InetAddress bound) {
        if (bound.isAnyLocalAddress()) {
            try {
                String name = InetAddress.getLocalHost().getHostName();
                return name.isEmpty() ? "127.0.0.1" : name;
            } catch (UnknownHostException e) {
                return "127.0.0.1";
            }
        }
        String address = bound.getHostAddress();
        return address.contains(":") ? "[" + address + "]" : address;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Cache-Control", "no-store");
            if (!"GET".equals(exchange.getRequestMethod())) {
                headers.set("Allow", "GET");
                error(exchange, 405, "Method not allowed", "Only GET is served.");
            } else if (!hostAllowed(exchange, host)) {
                error(exchange, 403, "Forbidden", "This server answers only to localhost and 127.0.0.1.");
            } else {
                route(exchange, exchange.getRequestURI().getRawPath());
            }
        } catch (AuditException e) {
            LOG.log(Level.WARNING, "{0}: {1}", exchange.getRequestURI(), e.getMessage());
            if (exchange.getResponseCode() < 0) {
                error(exchange, 500, "Cannot read the reports", e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "{0} {1}: {2}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        Matcher report = REPORT.matcher(path);
        if (path.equals("/")) {
            html(exchange, 200, IndexPage.render(index.refresh(), index.store().location(), index));
        } else if (path.startsWith("/static/") && ReportAssets.ALL.contains(path.substring("/static/".length()))) {
            String name = path.substring("/static/".length());
            exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
            send(exchange, 200, ReportAssets.contentType(name), out -> {
                try (InputStream in = ReportAssets.open(name)) {
                    in.transferTo(out);
                }
            });
        } else if (report.matches()) {
            Optional<RunIndex.Entry> entry = index.current(report.group(1));
            if (entry.isEmpty()) {
                notFound(exchange);
            } else if (entry.get() instanceof RunIndex.Broken broken) {
                broken(exchange, broken);
            } else if (report.group(2) != null) {
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"audit.json\"");
                send(exchange, 200, "application/json", out -> copy((RunIndex.Run) entry.get(), out));
            } else {
                page(exchange, (RunIndex.Run) entry.get(), null);
            }
        } else if (path.equals("/compare")) {
            compare(exchange);
        } else {
            notFound(exchange);
        }
    }

    private void compare(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String base = query.getOrDefault("base", "");
        String head = query.getOrDefault("head", "");
        if (!ID.matcher(base).matches() || !ID.matcher(head).matches()) {
            error(exchange, 400, "Bad request", "Choose two runs to compare.");
            return;
        }
        Optional<RunIndex.Entry> older = index.current(base);
        Optional<RunIndex.Entry> newer = index.current(head);
        if (older.isEmpty() || newer.isEmpty()) {
            notFound(exchange);
        } else if (newer.get() instanceof RunIndex.Broken broken) {
            broken(exchange, broken);
        } else if (older.get() instanceof RunIndex.Broken broken) {
            broken(exchange, broken);
        } else {
            page(exchange, (RunIndex.Run) newer.get(), (RunIndex.Run) older.get());
        }
    }

    /** Answers for a file that should be a report but cannot be read: its name and problem, never part of it. */
    private static void broken(HttpExchange exchange, RunIndex.Broken broken) throws IOException {
        error(exchange, 500, "Cannot show " + broken.key(), broken.problem());
    }

    private void page(HttpExchange exchange, RunIndex.Run run, RunIndex.Run previous) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", out -> HtmlPage.write(out, run.header(), "/static/",
                json -> copy(run, json), previous == null ? null : json -> copy(previous, json)));
    }

    private void copy(RunIndex.Run run, OutputStream out) throws IOException {
        try (InputStream in = index.store().open(run.key())) {
            SafeReportJson.copy(in, out, run.key());
        }
    }

    private static boolean hostAllowed(HttpExchange exchange, String urlHost) {
        if (!exchange.getLocalAddress().getAddress().isLoopbackAddress()) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d*$", "");
        String lower = name.toLowerCase(Locale.ROOT);
        return LOOPBACK_NAMES.contains(lower) || lower.equals(urlHost.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        error(exchange, 404, "Not found", "There is no such page or run; the list of runs is at /.");
    }

    private static void error(HttpExchange exchange, int status, String title, String detail) throws IOException {
        html(exchange, status, IndexPage.error(status, title, detail));
    }

    private static void html(HttpExchange exchange, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, IoConsumer<OutputStream> body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            body.accept(out);
        }
    }
}
