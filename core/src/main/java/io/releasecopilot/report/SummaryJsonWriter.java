package io.releasecopilot.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.releasecopilot.correlate.AuditCounts;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the summary JSON, schema {@value #SCHEMA} (docs/schemas/release-audit-summary.v1.json): exactly the
 * top-level fields of README.md ("Outputs"), in that order.
 */
public final class SummaryJsonWriter {

    /** The schema id written as the {@code schema} property. */
    public static final String SCHEMA = "release-audit-summary/v1";

    private SummaryJsonWriter() {
    }

    /**
     * Writes the summary as UTF-8 JSON. The stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(AuditReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonOutput.open(out, true)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("fixVersion", report.result().fixVersion());
            JsonOutput.instant(json, "generatedAt", report.generatedAt());
            ReportJsonWriter.writeScope(json, report.scope());
            writeFigures(json, report.result().counts());
            ReportJsonWriter.writeGate(json, report);
            json.writeEndObject();
            JsonOutput.endDocument(json);
        }
    }

    /** Writes the story and commit figures and the coverage as properties of the current object. */
    static void writeFigures(JsonGenerator json, AuditCounts counts) throws IOException {
        json.writeNumberField("storiesTotal", counts.storiesTotal());
        json.writeNumberField("storiesWithCommits", counts.storiesWithCommits());
        json.writeNumberField("storiesWithoutCommits", counts.storiesWithoutCommits());
        json.writeNumberField("storiesRevertedOnly", counts.storiesRevertedOnly());
        json.writeNumberField("commitsTotal", counts.commitsTotal());
        json.writeNumberField("linkedCommits", counts.linkedCommits());
        json.writeNumberField("orphanCommits", counts.orphanCommits());
        json.writeNumberField("outOfScopeCommits", counts.outOfScopeCommits());
        json.writeNumberField("exemptCommits", counts.exemptCommits());
        json.writeNumberField("coverage", coverage(counts));
    }

    /**
     * Returns the coverage rounded to 4 decimals, never rounded up to 1 while a story lacks commits nor down
     * to 0 while one has them.
     */
    static double coverage(AuditCounts counts) {
        double exact = counts.coverage();
        double rounded = Math.round(exact * 10_000) / 10_000.0;
        if (rounded >= 1.0 && counts.storiesWithCommits() < counts.storiesTotal()) {
            return 0.9999;
        }
        if (rounded <= 0.0 && counts.storiesWithCommits() > 0) {
            return 0.0001;
        }
        return rounded;
    }
}
