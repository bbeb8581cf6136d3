package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.SecretValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds API Gateway proxy events carrying Jira webhook bodies made from the fixtures. */
final class Deliveries {

    static final SecretValue SECRET = SecretValue.of("hook-secret-for-tests");
    private static int sequence;

    private Deliveries() {
    }

    /** Returns a fixture's body with the issue's key, {@code updated} and fix versions replaced. */
    static String body(String fixture, String key, String updated, String... fixVersions) {
        ObjectNode payload = (ObjectNode) fixture(fixture);
        ObjectNode issue = (ObjectNode) payload.get("issue");
        issue.put("key", key);
        ObjectNode fields = (ObjectNode) issue.get("fields");
        fields.put("updated", updated);
        ArrayNode versions = fields.putArray("fixVersions");
        for (String name : fixVersions) {
            versions.addObject().put("id", Integer.toString(10000 + Math.abs(name.hashCode() % 1000)))
                    .put("name", name).put("archived", false).put("released", false);
        }
        return payload.toString();
    }

    static JsonNode fixture(String name) {
        try (InputStream in = Deliveries.class.getResourceAsStream(name)) {
            return IssueJson.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a signed POST event as API Gateway (REST API) hands it to the function. */
    static Map<String, Object> signed(String body) {
        return event(body, Map.of("X-Hub-Signature", WebhookAuth.sign(body.getBytes(StandardCharsets.UTF_8), SECRET)));
    }

    /** Returns a POST event with these headers (besides the usual ones) and a new delivery identifier. */
    static Map<String, Object> event(String body, Map<String, String> headers) {
        Map<String, Object> event = new HashMap<>();
        event.put("httpMethod", "POST");
        event.put("path", "/jira");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Content-Type", "application/json; charset=utf-8");
        all.put("User-Agent", "Atlassian Webhook HTTP Client");
        all.put("X-Atlassian-Webhook-Identifier", "delivery-" + (++sequence));
        all.putAll(headers);
        event.put("headers", all);
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event;
    }
}
