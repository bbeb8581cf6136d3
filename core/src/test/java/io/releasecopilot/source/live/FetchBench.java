package io.releasecopilot.source.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.releasecopilot.source.ApiUrls;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Benchmark of the live fetch against a fake Jira Cloud + Bitbucket Cloud that adds a fixed latency to every
 * request and serves N refs × M commits generated in memory at start (so the fake's own JSON generation is not
 * timed): a full fetch into an empty cache, then the same fetch again with nothing new. Run it as docs/benchmarks.md shows; arguments (all optional):
 * {@code refs=10 commits=2000 latencyMs=100 concurrency=8} (the default) ({@code concurrency} may be a comma list).
 */
public final class FetchBench {

    private static final Instant NEWEST = Instant.parse("2026-03-20T12:00:00Z");

    private final int refs;
    private final int commits;
    private final int latencyMs;
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> perRef = new ConcurrentHashMap<>();
    private final Map<String, byte[][]> pages = new ConcurrentHashMap<>();
    private byte[] jiraPage;
    private HttpServer server;
    private String base;

    private FetchBench(int refs, int commits, int latencyMs) {
        this.refs = refs;
        this.commits = commits;
        this.latencyMs = latencyMs;
    }

    /** Runs the benchmark and prints one line per measurement. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new ConcurrentHashMap<>(Map.of("refs", "10", "commits", "2000",
                "latencyMs", "100", "concurrency", String.valueOf(FetchRequest.DEFAULT_CONCURRENCY)));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        FetchBench bench = new FetchBench(Integer.parseInt(options.get("refs")),
                Integer.parseInt(options.get("commits")), Integer.parseInt(options.get("latencyMs")));
        bench.start();
        try {
            for (String c : options.get("concurrency").split(",")) {
                bench.run(Integer.parseInt(c.strip()));
            }
        } finally {
            bench.server.stop(0);
            System.exit(0);
        }
    }

    private void start() throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(64);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        jiraPage = JiraPayloads.cloudPage(base, TestIssue.series("2026.03", 50), null).getBytes(StandardCharsets.UTF_8);
        for (String ref : branches()) {
            pages.put(ref, generate(ref));
        }
    }

    /** The refs served: {@code release/b01} and so on. */
    private List<String> branches() {
        List<String> branches = new ArrayList<>();
        for (int i = 1; i <= refs; i++) {
            branches.add(String.format(Locale.ROOT, "release/b%02d", i));
        }
        return branches;
    }

    private void run(int concurrency) throws Exception {
        Path cache = Files.createTempDirectory("fetch-bench");
        List<String> branches = branches();
        FetchRequest sources = FetchRequest.builder().fixVersion("2026.03").jiraUrl(base).jiraFlavor("cloud")
                .bitbucketUrl(base).bitbucketFlavor("cloud").workspace("acme").repo("bench")
                .branch(String.join(",", branches)).concurrency(concurrency).build();
        TestHttp http = new TestHttp();
        try {
            System.out.printf(Locale.ROOT, "fake: %d refs x %d commits, %d ms per request; concurrency %d%n", refs,
                    commits, latencyMs, concurrency);
            measure("full fetch", sources, cache, http);
            measure("re-run, nothing new", sources, cache, http);
            long files;
            try (Stream<Path> walk = Files.walk(cache)) {
                files = walk.filter(Files::isRegularFile).count();
            }
            System.out.printf(Locale.ROOT, "  cache: %d files, read back %d commits%n", files,
                    io.releasecopilot.source.live.CacheReader.read(cache).commits().size());
        } finally {
            delete(cache);
        }
    }

    private void measure(String what, FetchRequest sources, Path cache, TestHttp http) {
        requests.set(0);
        perRef.clear();
        long start = System.nanoTime();
        FetchSummary summary = FetchRunner.fetch(sources, cache, http, http, FetchProgress.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  %-20s %6.2f s  %4d requests (server %d; Jira %d; max %d per ref), %d pages,"
                + " %d items, %d refs unchanged%n", what, seconds, summary.requests(), requests.get(),
                perRef.getOrDefault("jira", new AtomicInteger()).get(), maxPerRef(), summary.pages(),
                summary.items(), summary.unchangedRefs());
    }

    private int maxPerRef() {
        return perRef.entrySet().stream().filter(e -> !e.getKey().equals("jira"))
                .mapToInt(e -> e.getValue().get()).max().orElse(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try {
            Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath();
        byte[] bytes;
        if (path.equals("/rest/api/3/search/jql")) {
            perRef.computeIfAbsent("jira", k -> new AtomicInteger()).incrementAndGet();
            bytes = jiraPage;
        } else if (path.startsWith("/2.0/repositories/acme/bench/commits/")) {
            String ref = java.net.URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            perRef.computeIfAbsent(ref, k -> new AtomicInteger()).incrementAndGet();
            bytes = pages.get(ref)[page(uri.getRawQuery())];
        } else {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Generates the commit pages of one ref: Bitbucket Cloud pages of 100, linked by opaque page tokens. */
    private byte[][] generate(String ref) {
        List<TestCommit> history = TestCommit.history(ref, commits, NEWEST);
        int count = Math.max(1, (commits + 99) / 100);
        byte[][] bodies = new byte[count][];
        for (int page = 0; page < count; page++) {
            int from = page * 100;
            int to = Math.min(commits, from + 100);
            String next = to < commits ? base + "/2.0/repositories/acme/bench/commits/" + ApiUrls.encode(ref)
                    + "?pagelen=100&page=" + Integer.toHexString(0x5a5a0000 + page + 1) : null;
            bodies[page] = BitbucketPayloads.cloudPage("acme", "bench", history.subList(from, to), 100, next)
                    .getBytes(StandardCharsets.UTF_8);
        }
        return bodies;
    }

    private static int page(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("page=")) {
                    return Integer.parseInt(pair.substring(5), 16) - 0x5a5a0000;
                }
            }
        }
        return 0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
