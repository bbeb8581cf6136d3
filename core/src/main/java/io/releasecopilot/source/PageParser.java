package io.releasecopilot.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.cache.SourceLines;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.Dates;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parsers of Jira and Bitbucket pages share: reading typed values of the item at
 * {@code items[i]} with error messages that name the file and the field, and counting dates
 * that could not be read. One instance parses one file on one thread.
 *
 * <p>The per-shape token parsers built on this class earn their place over Jackson-databind records: with a
 * databind record version of {@code CloudCommitParser} (the shape of the 200,000 commits of the 10x benchmark
 * cache) the read stage took 2.1 times as long (six pairs in turn in one run, 1.4 to 2.6; "read N issues and M
 * commits in X ms" of {@code ./rc audit --offline --cache-dir <10x cache> --json a.json --log-level info}, the
 * two builds alternating; docs/benchmarks.md).
 */
public abstract class PageParser {

    protected final CacheFile file;
    private final String items;
    private int badDates;
    private String badDateExample;

    protected PageParser(CacheFile file, String items) {
        this.file = file;
        this.items = items;
    }

    /** Returns a warning about unreadable dates of this file, or {@code null} when all were fine. */
    protected final String dateWarning() {
        if (badDates == 0) {
            return null;
        }
        return file.name() + ": " + SourceLines.count(badDates, "unreadable date", "unreadable dates")
                + " left empty (first: " + badDateExample + ")";
    }

    protected final AuditException fail(String what) {
        return file.fail(what);
    }

    protected final String path(int i, String field) {
        return CacheJson.at(items, i, field);
    }

    /** Returns a string value; null stays null. */
    protected final String str(JsonParser p, JsonToken t, int i, String field) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return CacheJson.text(p, file, path(i, field));
    }

    /** Returns a text string value; null stays null. */
    protected final String text(JsonParser p, JsonToken t, int i, String field) throws IOException {
        return text(p, t, i, field, "");
    }

    /** As {@link #text(JsonParser, JsonToken, int, String)}, naming {@code field + suffix} only on error. */
    protected final String text(JsonParser p, JsonToken t, int i, String field, String suffix) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return CacheJson.text(p, file, path(i, field + suffix));
    }

    /** Returns a boolean value; null stays null. */
    protected final Boolean bool(JsonParser p, JsonToken t, int i, String field) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return CacheJson.bool(p, file, path(i, field));
    }

    /** Returns a whole number; null stays null. */
    protected final Long number(JsonParser p, JsonToken t, int i, String field) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        return CacheJson.number(p, file, path(i, field));
    }

    /** Returns whether the value is an object (false for null); any other type is an error. */
    protected final boolean isObject(JsonToken t, int i, String field) {
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw CacheJson.wrongType(file, path(i, field), t, "an object");
    }

    /** Returns whether the value is an array (false for null); any other type is an error. */
    protected final boolean isArray(JsonToken t, int i, String field) {
        if (t == JsonToken.START_ARRAY) {
            return true;
        }
        if (t == JsonToken.VALUE_NULL) {
            return false;
        }
        throw CacheJson.wrongType(file, path(i, field), t, "an array");
    }

    /** Returns a date; one that cannot be read is counted for {@link #dateWarning()} and returns null. */
    protected final Instant date(JsonParser p, JsonToken t, int i, String field) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        Instant parsed = null;
        if (t == JsonToken.VALUE_STRING) {
            parsed = Dates.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } else {
            p.skipChildren();
        }
        if (parsed == null && badDates++ == 0) {
            String shown = t.isScalarValue() ? "\"" + UntrustedText.inMessage(p.getText())
                    + "\"" : CacheJson.describe(t);
            badDateExample = path(i, field) + " " + shown;
        }
        return parsed;
    }

    /** Reads the rest of an object and returns the text value of its field {@code wanted}. */
    protected final String member(JsonParser p, String wanted, int i, String field) throws IOException {
        return member(p, wanted, i, field, "");
    }

    /** As {@link #member(JsonParser, String, int, String)} for an object inside {@code field + mid}. */
    protected final String member(JsonParser p, String wanted, int i, String field, String mid) throws IOException {
        String value = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if (wanted.equals(name)) {
                value = text(p, t, i, field + mid + "." + wanted);
            } else {
                p.skipChildren();
            }
        }
        return value;
    }

    /** Reads an array of strings ({@code labels}) as text values; null elements are left out. */
    protected final List<String> strings(JsonParser p, int i, String field) throws IOException {
        List<String> values = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String value = text(p, t, i, field, "[]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** Reads an array of objects ({@code components}) as the text values of their {@code name}. */
    protected final List<String> names(JsonParser p, int i, String field) throws IOException {
        List<String> values = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String value = t == JsonToken.START_OBJECT
                    ? member(p, "name", i, field, "[]")
                    : text(p, t, i, field, "[]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** Counts the elements of an array, skipping their contents. */
    protected static int countElements(JsonParser p) throws IOException {
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            n++;
        }
        return n;
    }
}
