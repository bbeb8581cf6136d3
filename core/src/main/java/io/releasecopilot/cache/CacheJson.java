package io.releasecopilot.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.releasecopilot.common.AuditException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * Streaming access to one JSON file of the cache: opens it, hands the parser to a body positioned on the
 * top-level object, and turns every I/O or syntax problem into a one-line {@link AuditException} that
 * names the file (with line and column, never a stack trace).
 */
public final class CacheJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Reads the top-level object; the parser is on its {@code START_OBJECT} when called. */
    @FunctionalInterface
    public interface Body<T> {
        public T parse(JsonParser p) throws IOException;
    }

    private CacheJson() {
    }

    /** Parses {@code file} with {@code body}; the file must hold exactly one JSON object. */
    public static <T> T read(CacheFile file, Body<T> body) {
        return read(file, body, true);
    }

    /**
     * Parses the beginning of {@code file} with {@code body}, which may stop anywhere inside the top-level
     * object (to read the header fields of a large file without reading all of it).
     */
    public static <T> T readHead(CacheFile file, Body<T> body) {
        return read(file, body, false);
    }

    /** Parses a page as received ({@code body}) with {@code body}; errors name {@code file}. */
    public static <T> T read(CacheFile file, byte[] bytes, Body<T> body) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            return parse(file, p, body, true);
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    private static <T> T read(CacheFile file, Body<T> body, boolean whole) {
        try (InputStream in = Files.newInputStream(file.path()); JsonParser p = FACTORY.createParser(in)) {
            return parse(file, p, body, whole);
        } catch (IOException e) {
            throw translate(file, e);
        }
    }

    private static <T> T parse(CacheFile file, JsonParser p, Body<T> body, boolean whole) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw file.fail("empty file, expected a JSON object");
        }
        if (first != JsonToken.START_OBJECT) {
            throw file.fail("the top level is " + describe(first) + ", expected a JSON object");
        }
        T result = body.parse(p);
        if (whole && p.nextToken() != null) {
            throw file.fail("unexpected content after the JSON object " + where(p.currentTokenLocation()));
        }
        return result;
    }

    /** Turns an exception from reading {@code file} into a one-line error naming it. */
    public static AuditException translate(CacheFile file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return file.fail("file is missing");
        }
        if (e instanceof AccessDeniedException) {
            return file.fail("permission denied");
        }
        if (e instanceof JsonProcessingException) {
            JsonProcessingException jpe = (JsonProcessingException) e;
            String original = String.valueOf(jpe.getOriginalMessage());
            if (e instanceof JsonEOFException || original.contains("end-of-input")) {
                return file.fail("truncated JSON (unexpected end of file " + where(jpe.getLocation()) + ")");
            }
            String at = jpe.getLocation() == null ? "" : " " + where(jpe.getLocation());
            return file.fail("malformed JSON" + at + ": " + original);
        }
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return file.fail("cannot read (" + e.getClass().getSimpleName() + detail + ")");
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "";
        }
        return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * Returns the current scalar as text: strings as they are, numbers and booleans as written, {@code null}
     * for JSON null. An object or array is an error naming {@code field}.
     */
    public static String text(JsonParser p, CacheFile file, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return p.getText();
        }
        throw wrongType(file, field, t, "a string");
    }

    /** Returns the current boolean, {@code null} for JSON null; {@code "true"}/{@code "false"} strings pass. */
    public static Boolean bool(JsonParser p, CacheFile file, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING && ("true".equals(p.getText()) || "false".equals(p.getText()))) {
            return Boolean.valueOf(p.getText());
        }
        throw wrongType(file, field, t, "a boolean");
    }

    /** Returns the current integer, {@code null} for JSON null; numeric strings pass. */
    public static Long number(JsonParser p, CacheFile file, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING) {
            try {
                return Long.parseLong(p.getText().strip());
            } catch (NumberFormatException e) {
                throw file.fail("'" + field + "' is \"" + p.getText() + "\", expected a whole number");
            }
        }
        throw wrongType(file, field, t, "a whole number");
    }

    /** Fails unless the current token is {@code expected}; returns whether it is (JSON null returns false). */
    public static boolean expect(JsonParser p, CacheFile file, String field, JsonToken expected) {
        JsonToken t = p.currentToken();
        if (t == expected) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw wrongType(file, field, t, describe(expected));
    }

    /** Returns {@code "'field' is X, expected Y"} as an error naming the file. */
    public static AuditException wrongType(CacheFile file, String field, JsonToken actual, String expected) {
        return file.fail("'" + field + "' is " + describe(actual) + ", expected " + expected);
    }

    /** Builds {@code prefix[index].suffix} for error messages only. */
    public static String at(String prefix, int index, String suffix) {
        return prefix + "[" + index + "]" + (suffix.isEmpty() ? "" : "." + suffix);
    }

    /** Describes a JSON token for "is X, expected Y" messages. */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "missing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.toString();
        }
    }
}
