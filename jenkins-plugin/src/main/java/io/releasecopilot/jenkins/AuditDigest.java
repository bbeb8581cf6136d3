package io.releasecopilot.jenkins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.common.UntrustedText;
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

    /** Returns the text by the shared rule {@link UntrustedText#oneLine(String, int)}, at most 160 chars. */
    static String shorten(String text) {
        return shorten(text, TEXT);
    }

    /** Returns the text by the shared rule {@link UntrustedText#oneLine(String, int)}, at most {@code max} chars. */
    static String shorten(String text, int max) {
        return text == null ? "" : UntrustedText.oneLine(text, max);
    }
}
