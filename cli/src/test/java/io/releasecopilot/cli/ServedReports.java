package io.releasecopilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report JSON files for the {@code rc serve} tests: the sample cache audited once, then edited into three runs
 * of two fix versions; and an HTTP/1.1 client.
 */
final class ServedReports {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RUN_A = "2026.03.1/run-a/audit.json";
    static final String RUN_B = "2026.03.1/run-b/audit.json";
    static final String RUN_C = "2026.04.0/run-c/audit.json";
    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern ISLAND =
            Pattern.compile("<script type=\"application/json\" id=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);

    private ServedReports() {
    }

    /** Writes runs a (oldest), b (same fix version, FAIL, 5 stories fewer) and c (another fix version, newest). */
    static void write(Path reports) throws IOException {
        Path audited = reports.resolveSibling("audited");
        RcRun run = RcRun.of("audit", "--offline", "--cache-dir", SAMPLE.toString(), "--quiet", "--no-xlsx",
                "--json", audited.resolve("audit.json").toString(),
                "--summary", audited.resolve("audit-summary.json").toString());
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.err());
        }
        ObjectNode report = (ObjectNode) JSON.readTree(audited.resolve("audit.json").toFile());
        put(reports.resolve(RUN_A), edit(report, "2026.03.1", "2026-03-10T09:00:00Z", "WARN", 0));
        put(reports.resolve(RUN_B), edit(report, "2026.03.1", "2026-03-12T09:00:00+02:00", "FAIL", 5));
        put(reports.resolve(RUN_C), edit(report, "2026.04.0", "2026-04-02T09:00:00Z", "PASS", 0));
        Files.copy(audited.resolve("audit-summary.json"), reports.resolve("2026.03.1/run-a/audit-summary.json"));
        Files.writeString(reports.resolve("notes.json"), "not JSON at all");
        Files.createDirectories(reports.resolve(".staging"));
        Files.copy(reports.resolve(RUN_A), reports.resolve(".staging/audit.json"));
    }

    private static JsonNode edit(ObjectNode report, String fixVersion, String generatedAt, String gate, int dropStories) {
        ObjectNode copy = report.deepCopy();
        copy.put("fixVersion", fixVersion);
        copy.put("generatedAt", generatedAt);
        ((ObjectNode) copy.path("gate")).put("status", gate);
        ArrayNode stories = (ArrayNode) copy.path("stories");
        for (int i = 0; i < dropStories; i++) {
            stories.remove(0);
        }
        return copy;
    }

    private static void put(Path file, JsonNode json) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), json);
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the JSON of a data island of a page, or null. */
    static JsonNode island(String html, String id) throws IOException {
        Matcher matcher = ISLAND.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).equals(id)) {
                return JSON.readTree(matcher.group(2));
            }
        }
        return null;
    }

    /** Sends a raw HTTP/1.1 request and returns the status line. */
    static String rawStatusLine(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
