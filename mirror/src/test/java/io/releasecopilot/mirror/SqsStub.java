package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local SQS speaking the JSON protocol of {@code SendMessage} ({@code X-Amz-Target: AmazonSQS.SendMessage}),
 * answering with the body's MD5 as the SDK checks it, and keeping the messages.
 */
final class SqsStub implements AutoCloseable {

    private final HttpServer server;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> queues = new CopyOnWriteArrayList<>();

    SqsStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    String queueUrl() {
        return endpoint() + "/123456789012/rc-mirror-dlq";
    }

    List<String> messages() {
        return messages;
    }

    List<String> queues() {
        return queues;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode request = IssueJson.JSON.readTree(exchange.getRequestBody());
        int status;
        String body;
        if ("AmazonSQS.SendMessage".equals(target)) {
            String message = request.path("MessageBody").asText();
            messages.add(message);
            queues.add(request.path("QueueUrl").asText());
            status = 200;
            body = IssueJson.JSON.createObjectNode().put("MessageId", UUID.randomUUID().toString())
                    .put("MD5OfMessageBody", md5(message)).toString();
        } else {
            status = 400;
            body = "{\"__type\":\"com.amazonaws.sqs#InvalidAction\",\"message\":\"not faked: " + target + "\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
