package io.releasecopilot.lambda;

import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a Lambda event's fields, with errors that name the field and the type expected. */
final class EventValues {

    private EventValues() {
    }

    static Optional<String> string(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
        }
        throw wrongType(field, "a string");
    }

    static boolean bool(Map<String, Object> event, String field, boolean fallback) {
        Object value = event.get(field);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw wrongType(field, "true or false");
    }

    static List<String> strings(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            List<String> strings = new ArrayList<>();
            list.forEach(item -> strings.add((String) item));
            return strings;
        }
        throw wrongType(field, "a list of strings");
    }

    /** Returns an object of scalar values as strings (numbers and booleans as written). */
    static Map<String, String> map(Map<String, Object> event, String field) {
        Map<String, String> strings = new LinkedHashMap<>();
        object(event, field).forEach((key, value) -> {
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw wrongType(field + "." + key, "a string");
            }
            strings.put(key, String.valueOf(value));
        });
        return strings;
    }

    static Map<String, Object> object(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> object = new LinkedHashMap<>();
            map.forEach((key, item) -> object.put(String.valueOf(key), item));
            return object;
        }
        throw wrongType(field, "an object");
    }

    static Double number(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw wrongType(field, "a number");
    }

    private static UsageException wrongType(String field, String expected) {
        return new UsageException("event: " + field + " must be " + expected);
    }
}
