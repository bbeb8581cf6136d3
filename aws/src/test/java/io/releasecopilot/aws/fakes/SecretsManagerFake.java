package io.releasecopilot.aws.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Secrets Manager speaking the JSON 1.1 protocol the SDK uses: {@code POST /} with
 * {@code X-Amz-Target: secretsmanager.GetSecretValue} and {@code {"SecretId": "..."}}. Unknown ids answer
 * 400 {@code ResourceNotFoundException}; denied ids 400 {@code AccessDeniedException}. The one copy for every
 * module's tests: shipped in this module's test-jar ({@code <type>test-jar</type>}, test scope).
 */
public final class SecretsManagerFake implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> denied = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> sessionTokens = new CopyOnWriteArrayList<>();

    public SecretsManagerFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Stores a secret whose SecretString is {@code text}. */
    public SecretsManagerFake secret(String id, String text) {
        secrets.put(id, text);
        return this;
    }

    /** Makes reads of {@code id} fail with AccessDeniedException. */
    public SecretsManagerFake deny(String id) {
        denied.put(id, id);
        return this;
    }

    /** The address to give the SDK, e.g. as {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int requests() {
        return requests.get();
    }

    /** Returns the secret ids asked for, in order. */
    public List<String> askedIds() {
        return List.copyOf(asked);
    }

    /** Returns the {@code X-Amz-Target} of each request. */
    public List<String> targets() {
        return List.copyOf(targets);
    }

    /** Returns the {@code Authorization} header of each request. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    /** Returns the {@code Credential=} part (access key id, date, region, service) of each request's signature. */
    public List<String> signedWith() {
        return authorizations.stream().map(SecretsManagerFake::credential).toList();
    }

    /** Returns the {@code X-Amz-Security-Token} of each request, or the empty string. */
    public List<String> sessionTokens() {
        return List.copyOf(sessionTokens);
    }

    private static String credential(String authorization) {
        int start = authorization.indexOf("Credential=");
        return start < 0 ? ""
                : authorization.substring(start + "Credential=".length(), authorization.indexOf(',', start));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            targets.add(String.valueOf(target));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String token = exchange.getRequestHeaders().getFirst("X-Amz-Security-Token");
            sessionTokens.add(token == null ? "" : token);
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            if (!"POST".equals(exchange.getRequestMethod()) || !"secretsmanager.GetSecretValue".equals(target)) {
                send(exchange, 400, Map.of("__type", "InvalidRequestException", "message", "unsupported: " + target));
                return;
            }
            String id = body.path("SecretId").asText();
            asked.add(id);
            if (denied.containsKey(id)) {
                send(exchange, 400, Map.of("__type", "AccessDeniedException",
                        "Message", "User is not authorized to perform: secretsmanager:GetSecretValue"));
            } else if (!secrets.containsKey(id)) {
                send(exchange, 400, Map.of("__type", "ResourceNotFoundException",
                        "Message", "Secrets Manager can't find the specified secret."));
            } else {
                send(exchange, 200, Map.of("ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + id,
                        "Name", id, "VersionId", "v1", "SecretString", secrets.get(id),
                        "VersionStages", List.of("AWSCURRENT"), "CreatedDate", 1_700_000_000));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-request");
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
