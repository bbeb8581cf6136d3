package io.releasecopilot.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * Shared plumbing of the JSON writers: one {@link JsonFactory} whose strings are safe to embed in HTML
 * ({@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as JSON Unicode escapes; control characters are
 * always escaped by Jackson; other non-ASCII stays UTF-8), and small helpers for nullable values.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

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
        string(json, name, value == null ? null : value.toString());
    }

    /** Writes an array of strings. */
    static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Escapes what could end a {@code <script>} element or an HTML attribute, and the JavaScript line breaks. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii;

        HtmlSafeEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '\u2028') {
                return LINE_SEPARATOR;
            }
            if (ch == '\u2029') {
                return PARAGRAPH_SEPARATOR;
            }
            return null;
        }
    }
}
