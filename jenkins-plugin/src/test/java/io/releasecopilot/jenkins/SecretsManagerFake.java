package io.releasecopilot.jenkins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Secrets Manager's JSON 1.1 protocol, as much as {@code GetSecretValue} needs: {@code POST /} with
 * {@code X-Amz-Target: secretsmanager.GetSecretValue}; an unknown id answers 400 ResourceNotFoundException.
 */
final class SecretsManagerFake implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> secrets;
    final List<String> askedIds = new CopyOnWriteArrayList<>();
    /** The {@code Credential=} part (access key id, date, region, service) of each request's signature. */
    final List<String> signedWith = new CopyOnWriteArrayList<>();
    /** The {@code X-Amz-Security-Token} of each request, or the empty string. */
    final List<String> sessionTokens = new CopyOnWriteArrayList<>();

    SecretsManagerFake(Map<String, String> secrets) throws IOException {
        this.secrets = Map.copyOf(secrets);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = JSON.readTree(exchange.getRequestBody().readAllBytes()).path("SecretId").asText();
            askedIds.add(id);
            String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            int credential = authorization.indexOf("Credential=");
            signedWith.add(credential < 0 ? "" : authorization.substring(credential + 11,
                    authorization.indexOf(',', credential)));
            String token = exchange.getRequestHeaders().getFirst("X-Amz-Security-Token");
            sessionTokens.add(token == null ? "" : token);
            if (!"secretsmanager.GetSecretValue".equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))) {
                send(exchange, 400, Map.of("__type", "InvalidRequestException", "Message", "unsupported"));
            } else if (secrets.containsKey(id)) {
                send(exchange, 200, Map.of("ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + id,
                        "Name", id, "SecretString", secrets.get(id), "VersionId", "v1"));
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

    static String json(Map<String, String> values) throws IOException {
        return new String(JSON.writeValueAsBytes(values), StandardCharsets.UTF_8);
    }
}
