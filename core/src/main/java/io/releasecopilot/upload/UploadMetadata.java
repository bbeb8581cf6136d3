package io.releasecopilot.upload;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user metadata of every uploaded object: {@code artifact} ({@value #MARKER}), {@code fix-version},
 * {@code generated-at}, {@code run-id}, {@code tool-version}, {@code git-sha} when known, and {@code scope}
 * (the {@code --scope} pairs as compact JSON).
 *
 * <p>S3 allows 2 KB of user metadata per object, counted as the UTF-8 bytes of names and values; this class
 * counts each name with its {@code x-amz-meta-} prefix, to stay clear of the limit. When the scope does not
 * fit, its first pairs that fit are kept (still valid JSON) and {@code scope-truncated} says how many were
 * left out; the full scope is always in the report JSON. Header values must be ASCII: every other character
 * is written as a JSON {@code \}{@code uXXXX} escape.
 */
public final class UploadMetadata {

    /** The artifact marker. */
    public static final String MARKER = "rc-audit";
    /** S3's limit on user metadata, in bytes. */
    public static final int LIMIT = 2048;

    private static final String PREFIX = "x-amz-meta-";
    private static final String TRUNCATED = "scope-truncated";
    private static final int MAX_PLAIN = 256;
    private static final JsonFactory ASCII_JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private UploadMetadata() {
    }

    /**
     * Returns the metadata of a run.
     *
     * @param gitSha the commit being released, or {@code null}
     */
    public static Map<String, String> of(String fixVersion, Instant generatedAt, String runId, String toolVersion,
            String gitSha, Map<String, String> scope) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("artifact", MARKER);
        metadata.put("fix-version", plain(fixVersion));
        metadata.put("generated-at", generatedAt.toString());
        metadata.put("run-id", plain(runId));
        metadata.put("tool-version", plain(toolVersion));
        if (gitSha != null && !gitSha.isBlank()) {
            metadata.put("git-sha", plain(gitSha.strip()));
        }
        addScope(metadata, scope);
        return metadata;
    }

    /** Returns the size S3 counts (plus the prefixes): UTF-8 bytes of every name and value. */
    public static int size(Map<String, String> metadata) {
        int size = 0;
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            size += utf8(PREFIX + entry.getKey()) + utf8(entry.getValue());
        }
        return size;
    }

    private static void addScope(Map<String, String> metadata, Map<String, String> scope) {
        int reserve = utf8(PREFIX + TRUNCATED) + 64;
        int budget = LIMIT - size(metadata) - utf8(PREFIX + "scope");
        int length = "{}".length();
        int kept = 0;
        for (Map.Entry<String, String> pair : scope.entrySet()) {
            int next = (kept == 0 ? 0 : 1) + quote(pair.getKey()).length() + 1 + quote(pair.getValue()).length();
            boolean last = kept == scope.size() - 1;
            if (length + next > budget - (last ? 0 : reserve)) {
                break;
            }
            length += next;
            kept++;
        }
        metadata.put("scope", object(scope, kept));
        if (kept < scope.size()) {
            metadata.put(TRUNCATED, (scope.size() - kept) + " of " + scope.size()
                    + " pairs left out (2 KB limit); the report JSON has all");
        }
    }

    /** Returns the first {@code kept} pairs of the scope as a compact JSON object in printable ASCII. */
    private static String object(Map<String, String> scope, int kept) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = ASCII_JSON.createGenerator(out)) {
            json.writeStartObject();
            scope.entrySet().stream().limit(kept).forEach(pair -> field(json, pair.getKey(), pair.getValue()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void field(JsonGenerator json, String name, String value) {
        try {
            json.writeStringField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the text, at most 256 characters cut between two code points, as the inside of a JSON string. */
    private static String plain(String text) {
        String value = text == null ? "" : UntrustedText.cut(text, MAX_PLAIN);
        String quoted = quote(value);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Returns a JSON string literal in printable ASCII. */
    static String quote(String text) {
        StringWriter out = new StringWriter(text.length() + 2);
        try (JsonGenerator json = ASCII_JSON.createGenerator(out)) {
            json.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
