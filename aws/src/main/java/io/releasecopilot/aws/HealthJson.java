package io.releasecopilot.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link HealthReport} as UTF-8 JSON per {@code docs/schemas/health.v1.json}, the contract the
 * predecessor published: {@code version}, {@code timestamp}, {@code overall}, {@code dry_run} only on a dry run,
 * and per check only {@code status}, {@code resource} and {@code reason}. A check skipped with {@code --skip} is
 * left out.
 */
public final class HealthJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private HealthJson() {
    }

    /**
     * Writes the report; the stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(HealthReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("version", HealthReport.VERSION);
            json.writeStringField("timestamp", report.timestamp().toString());
            json.writeStringField("overall", report.overall().json());
            if (report.dryRun()) {
                json.writeBooleanField("dry_run", true);
            }
            json.writeObjectFieldStart("checks");
            for (CheckResult check : report.checks()) {
                if (check.status() == CheckStatus.SKIPPED) {
                    continue;
                }
                json.writeObjectFieldStart(check.name());
                json.writeStringField("status", check.status().json());
                json.writeStringField("resource", check.resource());
                json.writeStringField("reason", check.reason());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }
}
