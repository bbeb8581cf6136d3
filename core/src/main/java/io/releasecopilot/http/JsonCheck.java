package io.releasecopilot.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Optional;

/**
 * Checks that a body is one complete, well-formed JSON value by streaming its tokens to the end; no tree is
 * built. A body cut short by a dropped connection fails here even when the transport did not notice.
 */
final class JsonCheck {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonCheck() {
    }

    /** Returns what is wrong with {@code body}, or empty when it is one complete JSON value. */
    static Optional<String> problem(byte[] body) {
        if (body.length == 0) {
            return Optional.of("empty body");
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
            return Optional.of("malformed JSON at byte " + at + " of " + body.length + ": " + reason(e));
        } catch (IOException e) {
            return Optional.of("unreadable body: " + Excerpt.oneLine(e.getMessage(), 120));
        }
    }

    /** Jackson's message without its source description, e.g. {@code Unexpected end-of-input in VALUE_STRING}. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        for (String tail : new String[] {"\n", " (start marker at", " at [Source", "[Source"}) {
            int cut = message.indexOf(tail);
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return Excerpt.oneLine(message, 120);
    }
}
