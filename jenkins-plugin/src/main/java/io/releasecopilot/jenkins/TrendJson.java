package io.releasecopilot.jenkins;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The trend endpoint's JSON, read by {@code js/release-audit-trend.js}: {@code {"builds": [...]}}, oldest build
 * first, each with its number, name, URL, the URL segment of the audit's page, fix version, verdict, coverage
 * and counts.
 */
final class TrendJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TrendJson() {
    }

    /** Returns the points, given newest first as the builds are walked, as UTF-8 JSON, oldest first. */
    static byte[] write(List<TrendPoint> newestFirst) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeArrayFieldStart("builds");
            for (int i = newestFirst.size() - 1; i >= 0; i--) {
                TrendPoint point = newestFirst.get(i);
                json.writeStartObject();
                json.writeNumberField("number", point.getNumber());
                json.writeStringField("displayName", point.getDisplayName());
                json.writeStringField("url", point.getUrl());
                json.writeStringField("urlName", point.getUrlName());
                json.writeStringField("fixVersion", point.getFixVersion());
                json.writeStringField("status", point.getStatus());
                json.writeNumberField("coverage", point.getCoverage());
                json.writeNumberField("storiesTotal", point.getStoriesTotal());
                json.writeNumberField("storiesWithoutCommits", point.getStoriesWithoutCommits());
                json.writeNumberField("storiesRevertedOnly", point.getStoriesRevertedOnly());
                json.writeNumberField("commitsTotal", point.getCommitsTotal());
                json.writeNumberField("orphanCommits", point.getOrphanCommits());
                json.writeNumberField("outOfScopeCommits", point.getOutOfScopeCommits());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }
}
