package io.releasecopilot.jenkins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.SummaryJsonWriter;
import io.releasecopilot.report.TextSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds an {@link AuditSummary} from the core's report, on the agent. The figures come from the summary JSON the
 * core writes (so the build page, the step's return value and the archived file agree). {@link #shorten} puts
 * untrusted text on one line for the page's rows.
 */
final class AuditDigest {

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
        json.path("gate").path("incompleteData").forEach(fetch -> summary.incompleteData.add(fetch.asText()));
        summary.text = TextSummary.render(report);
        summary.artifacts.addAll(artifacts);
        return summary;
    }

    /** Returns the text on one line, without control or bidirectional-override characters, at most 160 chars. */
    static String shorten(String text) {
        return shorten(text, TEXT);
    }

    /** Returns the text on one line, without control or bidirectional-override characters, at most {@code max}. */
    static String shorten(String text, int max) {
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
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
    }
}
