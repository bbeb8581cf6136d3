package io.releasecopilot.jenkins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.SummaryJsonWriter;
import io.releasecopilot.report.TextSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds an {@link AuditSummary} from the core's report, on the agent. The figures come from the summary JSON the
 * core writes (so the build page, the step's return value and the archived file agree); the tables keep the first
 * {@value #ROWS} rows of each finding, their untrusted text on one line and shortened.
 */
final class AuditDigest {

    static final int ROWS = 200;
    private static final int TEXT = 160;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDigest() {
    }

    static AuditSummary summarize(AuditReport report, List<String> artifacts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryJsonWriter.write(report, bytes);
        String summaryJson = bytes.toString(StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(summaryJson);

        AuditSummary summary = new AuditSummary();
        summary.summaryJson = summaryJson;
        summary.fixVersion = json.path("fixVersion").asText();
        summary.generatedAt = json.path("generatedAt").asText();
        summary.status = json.path("gate").path("status").asText();
        summary.coverage = json.path("coverage").asDouble();
        for (String name : AuditSummary.COUNTS) {
            summary.counts.put(name, json.path(name).asInt());
        }
        json.path("scope").properties().forEach(e -> summary.scope.put(e.getKey(), e.getValue().asText()));
        json.path("gate").path("reasons").forEach(reason -> summary.reasons.add(reason.asText()));
        summary.text = TextSummary.render(report);
        summary.artifacts.addAll(artifacts);
        summary.rowLimit = ROWS;
        addStories(report, summary);
        addCommits(report, summary);
        return summary;
    }

    private static void addStories(AuditReport report, AuditSummary summary) {
        for (StoryResult result : report.result().stories()) {
            List<StoryRow> rows = result.category() == StoryCategory.WITHOUT_COMMITS ? summary.storiesWithoutCommits
                    : result.category() == StoryCategory.REVERTED_ONLY ? summary.storiesRevertedOnly : null;
            if (rows != null && rows.size() < ROWS) {
                Story story = result.story();
                rows.add(new StoryRow(story.key(), shorten(story.summary()), shorten(story.status()),
                        shorten(story.assignee())));
            }
        }
    }

    private static void addCommits(AuditReport report, AuditSummary summary) {
        for (CommitResult result : report.result().commits()) {
            List<CommitRow> rows = result.category() == CommitCategory.ORPHAN ? summary.orphanCommits
                    : result.category() == CommitCategory.OUT_OF_SCOPE ? summary.outOfScopeCommits : null;
            if (rows != null && rows.size() < ROWS) {
                Commit commit = result.commit();
                String keys = result.outOfScopeKeys().stream().map(Link::key).collect(Collectors.joining(", "));
                rows.add(new CommitRow(commit.repo(), commit.hash().substring(0, Math.min(12, commit.hash().length())),
                        commit.date() == null ? "" : commit.date().toString(), shorten(commit.author()), keys,
                        shorten(commit.subject())));
            }
        }
    }

    /** Returns the text on one line, without control or bidirectional-override characters, at most 160 chars. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean bidi = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
            if (!bidi) {
                out.appendCodePoint(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String line = out.toString().replaceAll(" {2,}", " ").strip();
        return line.codePointCount(0, line.length()) <= TEXT ? line
                : line.substring(0, line.offsetByCodePoints(0, TEXT - 1)) + "…";
    }
}
