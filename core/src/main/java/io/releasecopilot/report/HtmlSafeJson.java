package io.releasecopilot.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * The JSON factory of every report file: strings are safe inside an HTML {@code <script type="application/json">}
 * element or attribute — {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as Unicode escapes, so
 * neither {@code </script>} nor {@code <!--} can appear; control characters are always escaped by Jackson;
 * other non-ASCII stays UTF-8. Neither reading nor writing closes the stream it is given.
 */
public final class HtmlSafeJson {

    /** Reads any JSON and writes it with the escapes above. */
    public static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new Escapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private HtmlSafeJson() {
    }

    /** Escapes what could end a {@code <script>} element or an HTML attribute, and the JavaScript line breaks. */
    private static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private final int[] ascii;

        Escapes() {
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
