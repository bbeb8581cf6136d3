package io.releasecopilot.cache;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an interrupted fetch continues, stored as the {@code resume} object of a manifest entry:
 * {@code {"nextPageToken": …}} (Jira Cloud), {@code {"startAt": n}} (Jira Data Center), {@code {"next": url}}
 * (Bitbucket Cloud), {@code {"start": n}} (Bitbucket Data Center), {@code {"ref": r, "next": url}} (pull
 * requests). Values are strings or whole numbers.
 *
 * @param fields the cursor fields, in order
 */
public record Resume(@JsonValue Map<String, Object> fields) {

    public Resume {
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            Objects.requireNonNull(key, "key");
            if (value != null && !(value instanceof String) && !(value instanceof Long)) {
                throw new IllegalArgumentException("resume value of " + key + " must be a string or a long");
            }
            copy.put(key, value);
        });
        fields = Collections.unmodifiableMap(copy);
    }

    /** Reads the {@code resume} object of a manifest: whole numbers stay numbers, other values become text. */
    @JsonCreator
    static Resume fromJson(Map<String, Object> raw) {
        Map<String, Object> fields = new LinkedHashMap<>();
        raw.forEach((key, value) -> fields.put(key, value instanceof Integer || value instanceof Long
                || value instanceof BigInteger ? (Object) ((Number) value).longValue()
                : value == null ? null : value.toString()));
        return new Resume(fields);
    }

    /** Returns a cursor with one string field. */
    public static Resume of(String key, String value) {
        return new Resume(Map.of(key, value));
    }

    /** Returns a cursor with one number field. */
    public static Resume of(String key, long value) {
        return new Resume(Map.of(key, value));
    }

    /** Returns this cursor with one more string field ({@code null} values are kept as JSON null). */
    public Resume with(String key, String value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(key, value);
        return new Resume(more);
    }

    /** Returns a string field, or null when absent, null or not a string. */
    public String text(String key) {
        Object value = fields.get(key);
        return value instanceof String ? (String) value : null;
    }

    /** Returns a number field, or null when absent, null or not a number. */
    public Long number(String key) {
        Object value = fields.get(key);
        return value instanceof Long ? (Long) value : null;
    }
}
