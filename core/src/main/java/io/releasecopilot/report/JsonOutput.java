package io.releasecopilot.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Shared plumbing of the JSON writers: generators of {@link HtmlSafeJson#FACTORY}, whose strings are safe to
 * embed in HTML, and small helpers for nullable values.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = HtmlSafeJson.FACTORY;

    private JsonOutput() {
    }

    /** Returns a UTF-8 generator on the stream; closing the generator flushes but leaves the stream open. */
    static JsonGenerator open(OutputStream out, boolean pretty) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        if (pretty) {
            json.useDefaultPrettyPrinter();
        }
        return json;
    }

    /** Ends the document with a line break, as text files do. */
    static void endDocument(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
    }

    /** Writes a string property, or an explicit {@code null}. */
    static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Writes an ISO-8601 UTC instant property, or an explicit {@code null}. */
    static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        string(json, name, value == null ? null : InstantText.of(value));
    }

    /** Writes an array of strings. */
    static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Writes a string property, or an explicit {@code null}. */
    static void string(JsonGenerator json, SerializableString name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Writes an ISO-8601 UTC instant property, or an explicit {@code null}. */
    static void instant(JsonGenerator json, SerializableString name, Instant value) throws IOException {
        string(json, name, value == null ? null : InstantText.of(value));
    }

    /** Writes an array of strings. */
    static void strings(JsonGenerator json, SerializableString name, Iterable<String> values) throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Writes a boolean property. */
    static void bool(JsonGenerator json, SerializableString name, boolean value) throws IOException {
        json.writeFieldName(name);
        json.writeBoolean(value);
    }
}
