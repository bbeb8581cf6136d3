package io.releasecopilot.mirror;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A local Secrets Manager speaking the JSON protocol of {@code GetSecretValue}, counting requests. */
final class SecretsStub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    SecretsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    SecretsStub secret(String id, String text) {
        secrets.put(id, text);
        return this;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String id = IssueJson.JSON.readTree(exchange.getRequestBody()).path("SecretId").asText();
        String text = secrets.get(id);
        String body;
        int status;
        if (text == null) {
            status = 400;
            body = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified"
                    + " secret.\"}";
        } else {
            status = 200;
            body = IssueJson.JSON.createObjectNode().put("ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:" + id)
                    .put("Name", id).put("SecretString", text).put("VersionId", "v1").toString();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
