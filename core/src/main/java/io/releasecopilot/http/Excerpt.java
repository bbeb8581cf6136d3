package io.releasecopilot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A short, one-line excerpt of an error body for a message: Jira's {@code errorMessages} and {@code errors},
 * Bitbucket Cloud's {@code error.message} and {@code error.detail}, Bitbucket Data Center's
 * {@code errors[].message}, OAuth's {@code error} and {@code error_description}, or the first line of a
 * plain-text body. HTML pages give nothing. The text is masked in full before it is cut, so no part of a
 * secret that straddles the cut survives.
 */
final class Excerpt {

    /** The longest excerpt, in characters. */
    static final int MAX = 200;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    private Excerpt() {
    }

    /** The excerpt of {@code body} with the secrets of {@code redaction} masked, or the empty string. */
    static String of(byte[] body, Redaction redaction) {
        if (body == null || body.length == 0 || body.length > MAX_BODY) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) {
            try {
                return redaction.excerpt(String.join("; ", messages(MAPPER.readTree(body))), MAX);
            } catch (IOException notJson) {
                return "";
            }
        }
        if (text.startsWith("<") || text.isEmpty()) {
            return "";
        }
        String masked = redaction.apply(text);
        int newline = masked.indexOf('\n');
        return UntrustedText.oneLine(newline < 0 ? masked : masked.substring(0, newline), MAX);
    }

    private static List<String> messages(JsonNode root) {
        List<String> found = new ArrayList<>();
        root.path("errorMessages").forEach(m -> add(found, m.asText()));
        JsonNode errors = root.path("errors");
        if (errors.isObject()) {
            errors.properties().forEach(e -> add(found, e.getKey() + ": " + e.getValue().asText()));
        } else {
            errors.forEach(e -> add(found, e.path("message").asText()));
        }
        JsonNode error = root.path("error");
        if (error.isObject()) {
            add(found, error.path("message").asText());
            add(found, error.path("detail").asText());
        } else {
            add(found, error.asText());
            add(found, root.path("error_description").asText());
        }
        if (found.isEmpty()) {
            add(found, root.path("message").asText());
        }
        return found;
    }

    private static void add(List<String> found, String text) {
        if (text != null && !text.isBlank() && !"null".equals(text)) {
            found.add(text.strip());
        }
    }
}
