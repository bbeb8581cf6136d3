package io.releasecopilot.jenkins;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The first {@value #ROWS} rows of each finding table of the build's page, read from the archived report JSON
 * ({@code release-audit/v1}) when the page asks, never kept in build.xml. The report is streamed: one story or
 * commit at a time is in memory, whatever the size of the release. Untrusted text is put on one line and
 * shortened ({@link AuditDigest#shorten}); Jelly escapes it.
 */
final class ReportRows {

    static final int ROWS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<StoryRow> storiesWithoutCommits = new ArrayList<>();
    private final List<StoryRow> storiesRevertedOnly = new ArrayList<>();
    private final List<CommitRow> orphanCommits = new ArrayList<>();
    private final List<CommitRow> outOfScopeCommits = new ArrayList<>();

    private ReportRows() {
    }

    /** No rows: the report JSON was not archived, or the user may not see the build's artifacts. */
    static ReportRows none() {
        return new ReportRows();
    }

    /** Reads the rows of the report JSON. */
    static ReportRows read(InputStream report) throws IOException {
        ReportRows rows = new ReportRows();
        try (JsonParser json = JSON.getFactory().createParser(report)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the report is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                boolean table = field.equals("stories") || field.equals("commits");
                if (table && json.currentToken() == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode item = JSON.readTree(json);
                        if (field.equals("stories")) {
                            rows.addStory(item);
                        } else {
                            rows.addCommit(item);
                        }
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return rows;
    }

    private void addStory(JsonNode story) {
        String category = story.path("category").asText();
        List<StoryRow> rows = category.equals("withoutCommits") ? storiesWithoutCommits
                : category.equals("revertedOnly") ? storiesRevertedOnly : null;
        if (rows != null && rows.size() < ROWS) {
            rows.add(new StoryRow(text(story, "key"), AuditDigest.shorten(text(story, "summary")),
                    AuditDigest.shorten(text(story, "status")), AuditDigest.shorten(text(story, "assignee"))));
        }
    }

    private void addCommit(JsonNode commit) {
        String category = commit.path("category").asText();
        List<CommitRow> rows = category.equals("orphan") ? orphanCommits
                : category.equals("outOfScope") ? outOfScopeCommits : null;
        if (rows != null && rows.size() < ROWS) {
            String hash = text(commit, "hash");
            String keys = StreamSupport.stream(commit.path("outOfScopeKeys").spliterator(), false)
                    .map(link -> link.path("key").asText()).collect(Collectors.joining(", "));
            String message = text(commit, "message");
            int newline = message.indexOf('\n');
            rows.add(new CommitRow(text(commit, "repo"), hash.substring(0, Math.min(12, hash.length())),
                    text(commit, "date"), AuditDigest.shorten(text(commit, "author")), keys,
                    AuditDigest.shorten(newline < 0 ? message : message.substring(0, newline))));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /** Returns the first stories without commits. */
    List<StoryRow> storiesWithoutCommits() {
        return Collections.unmodifiableList(storiesWithoutCommits);
    }

    /** Returns the first stories whose commits are all reverted. */
    List<StoryRow> storiesRevertedOnly() {
        return Collections.unmodifiableList(storiesRevertedOnly);
    }

    /** Returns the first orphan commits. */
    List<CommitRow> orphanCommits() {
        return Collections.unmodifiableList(orphanCommits);
    }

    /** Returns the first out-of-scope commits. */
    List<CommitRow> outOfScopeCommits() {
        return Collections.unmodifiableList(outOfScopeCommits);
    }
}
