package io.releasecopilot.report.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

/**
 * JSON string escapes that make a document safe inside an HTML {@code <script type="application/json">}
 * element: {@code <}, {@code >} and {@code &} become Unicode escapes, so neither {@code </script>} nor
 * {@code <!--} can appear, and U+2028/U+2029 are escaped as JavaScript line breaks. Control characters are
 * always escaped by Jackson.
 */
final class IslandEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    /** Reads any JSON and writes it with these escapes; neither side closes the streams it is given. */
    static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new IslandEscapes())
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final int[] ascii;

    private IslandEscapes() {
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
