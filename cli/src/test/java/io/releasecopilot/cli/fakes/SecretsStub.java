package io.releasecopilot.cli.fakes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Secrets Manager over the JSON 1.1 protocol ({@code X-Amz-Target: secretsmanager.GetSecretValue}) on a JDK
 * HttpServer: stored ids answer their SecretString, others 400 ResourceNotFoundException.
 */
public final class SecretsStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    public SecretsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public SecretsStub secret(String id, String text) {
        secrets.put(id, text);
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Returns the ids asked for, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String id = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("SecretId").asText();
            asked.add(id);
            if (!"secretsmanager.GetSecretValue".equals(target)) {
                send(exchange, 400, Map.of("__type", "InvalidRequestException"));
            } else if (secrets.containsKey(id)) {
                send(exchange, 200, Map.of("ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:" + id, "Name", id,
                        "SecretString", secrets.get(id), "VersionStages", List.of("AWSCURRENT")));
            } else {
                send(exchange, 400, Map.of("__type", "ResourceNotFoundException",
                        "Message", "Secrets Manager can't find the specified secret."));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
