package io.releasecopilot.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks that a body is one complete, well-formed JSON value by streaming its tokens to the end; no tree is
 * built. A body cut short by a dropped connection fails here even when the transport did not notice.
 */
final class JsonCheck {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** How much of a body's start is read to recognise HTML. */
    private static final int HTML_SNIFF = 1024;
    /** Tokens Jackson quotes from this length on are left out of messages. */
    private static final int LONG_TOKEN = 16;

    private JsonCheck() {
    }

    /** Returns what is wrong with {@code body}, or empty when it is one complete JSON value. */
    static Optional<String> problem(byte[] body) {
        return problem(body, new Redaction(List::of));
    }

    /**
     * Returns what is wrong with {@code body}, or empty when it is one complete JSON value. Text quoted from the
     * body is masked with {@code redaction} before it is cut.
     */
    static Optional<String> problem(byte[] body, Redaction redaction) {
        if (body.length == 0) {
            return Optional.of("empty body");
        }
        if (isHtml(body)) {
            return Optional.of("HTML, not JSON (a login page?)");
        }
        try (JsonParser parser = FACTORY.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.of("blank body");
            }
            parser.skipChildren();
            JsonToken after = parser.nextToken();
            if (after != null) {
                return Optional.of("malformed JSON: data after the end at byte "
                        + parser.currentTokenLocation().getByteOffset());
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            return Optional.of("malformed JSON at byte " + at + " of " + body.length + ": " + reason(e, redaction));
        } catch (IOException e) {
            return Optional.of("unreadable body: " + redaction.excerpt(e.getMessage(), 120));
        }
    }

    /** Whether the body is an HTML page: a sign-in or proxy page served with 200 where JSON was expected. */
    private static boolean isHtml(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, HTML_SNIFF), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<") && (start.startsWith("<!doctype html") || start.contains("<html")
                || start.contains("<head") || start.contains("<body"));
    }

    /**
     * Jackson's message without its source description, e.g. {@code Unexpected end-of-input in VALUE_STRING}. A
     * long quoted token is left out: Jackson cuts it itself, and a secret across that cut could not be masked.
     */
    private static String reason(JsonProcessingException e, Redaction redaction) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : redaction.apply(e.getOriginalMessage()).replaceAll("'[^']{" + LONG_TOKEN + ",}'", "'…'");
        for (String tail : new String[] {"\n", " (start marker at", " at [Source", "[Source"}) {
            int cut = message.indexOf(tail);
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return redaction.excerpt(message, 120);
    }
}
