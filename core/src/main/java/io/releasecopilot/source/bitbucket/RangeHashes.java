package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commit hashes of a repository's cached ref pages, to tell whether a pull request's merge commit
 * (a 12-character short hash on Bitbucket Cloud) lies in the audited range.
 */
final class RangeHashes {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int SHORT = 12;

    private final Set<String> full = new HashSet<>();
    private final Set<String> shortHashes = new HashSet<>();

    /** Reads the {@code values[].hash} of Bitbucket Cloud commit pages; unreadable files are skipped. */
    static RangeHashes read(List<Path> pages) {
        RangeHashes hashes = new RangeHashes();
        for (Path page : pages) {
            try (JsonParser p = FACTORY.createParser(page.toFile())) {
                hashes.scan(p);
            } catch (IOException e) {
                // the cache reader reports broken pages; here a page without hashes only means fewer links
            }
        }
        return hashes;
    }

    private void scan(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("values".equals(name) && t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT) {
                        value(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void value(JsonParser p) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("hash".equals(name) && t == JsonToken.VALUE_STRING) {
                add(p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    void add(String hash) {
        String h = hash.strip().toLowerCase(Locale.ROOT);
        full.add(h);
        if (h.length() >= SHORT) {
            shortHashes.add(h.substring(0, SHORT));
        }
    }

    /** Returns whether a full or abbreviated hash (at least 7 characters) names a commit of the range. */
    boolean contains(String hash) {
        if (hash == null) {
            return false;
        }
        String h = hash.strip().toLowerCase(Locale.ROOT);
        if (h.length() >= SHORT) {
            return full.contains(h) || shortHashes.contains(h.substring(0, SHORT));
        }
        if (h.length() < 7) {
            return false;
        }
        for (String candidate : full) {
            if (candidate.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the number of full hashes. */
    int size() {
        return full.size();
    }
}
