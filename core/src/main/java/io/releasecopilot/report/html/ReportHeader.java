package io.releasecopilot.report.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.HtmlSafeJson;
import io.releasecopilot.report.ReportJsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The head of a report: what a listing of runs and the page's static summary show. Read from a stored report
 * JSON without loading its stories and commits ({@link #read}), or taken from an {@link AuditReport}.
 *
 * @param fixVersion  the audited fix version
 * @param generatedAt when the report was made; {@code null} when the stored value is missing or unreadable
 * @param toolVersion the version of Release Copilot that made the report
 * @param scope       the {@code --scope} pairs
 * @param counts      the key figures
 * @param gate        the gate's verdict
 */
public record ReportHeader(String fixVersion, Instant generatedAt, String toolVersion, Map<String, String> scope,
        AuditCounts counts, GateResult gate) {

    private static final ObjectMapper MAPPER = new ObjectMapper(HtmlSafeJson.FACTORY);
    /** The figures of {@code counts}, in the order of {@link AuditCounts}. */
    private static final List<String> COUNTS = List.of("storiesTotal", "storiesWithCommits", "storiesWithoutCommits",
            "storiesRevertedOnly", "commitsTotal", "linkedCommits", "orphanCommits", "outOfScopeCommits",
            "exemptCommits");

    public ReportHeader {
        Objects.requireNonNull(fixVersion, "fixVersion");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(gate, "gate");
        scope = scope == null ? Map.of() : Map.copyOf(scope);
        toolVersion = toolVersion == null ? "" : toolVersion;
    }

    /** Returns the head of a report being written. */
    public static ReportHeader of(AuditReport report) {
        return new ReportHeader(report.result().fixVersion(), report.generatedAt(), report.toolVersion(),
                report.scope(), report.result().counts(), report.gate());
    }

    /**
     * Reads the head of a report JSON, stopping as soon as it has all it needs (the writer puts the head before
     * the stories and commits). The stream is not closed.
     *
     * @param name the file or object the stream comes from, for messages
     * @throws UsageException when the stream is not a {@code release-audit/v1} report: an
     *                        {@link OtherDocumentException} when it names another schema, else naming what is wrong
     */
    public static ReportHeader read(InputStream in, String name) {
        try (JsonParser json = HtmlSafeJson.FACTORY.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw notAReport(name, "it is not a JSON object");
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME && fields.size() < Field.values().length) {
                String field = json.currentName();
                json.nextToken();
                if (Field.of(field) == null) {
                    json.skipChildren();
                    continue;
                }
                JsonNode value = MAPPER.readTree(json);
                fields.put(field, value);
                if (field.equals("schema") && !ReportJsonWriter.SCHEMA.equals(value.asText())) {
                    break;
                }
            }
            return fromFields(fields, name);
        } catch (JsonProcessingException e) {
            throw notAReport(name, SafeReportJson.invalid(e));
        } catch (IOException e) {
            throw new AuditException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static ReportHeader fromFields(Map<String, JsonNode> fields, String name) {
        JsonNode schema = fields.get("schema");
        if (schema == null) {
            throw notAReport(name, "it has no schema");
        }
        if (!ReportJsonWriter.SCHEMA.equals(schema.asText())) {
            throw schema.isTextual() ? new OtherDocumentException(name, schema.asText())
                    : notAReport(name, "its schema is " + schema);
        }
        for (Field field : Field.values()) {
            if (!fields.containsKey(field.id)) {
                throw notAReport(name, "it has no " + field.id);
            }
        }
        String fixVersion = text(fields.get("fixVersion"), "fixVersion", name);
        JsonNode counts = object(fields.get("counts"), "counts", name);
        JsonNode gate = object(fields.get("gate"), "gate", name);
        Map<String, String> scope = new LinkedHashMap<>();
        object(fields.get("scope"), "scope", name).properties()
                .forEach(pair -> scope.put(pair.getKey(), pair.getValue().asText()));
        JsonNode reasonList = gate.path("reasons");
        if (!reasonList.isMissingNode() && !reasonList.isArray()) {
            throw wrongType(name, "gate.reasons", reasonList, "a list");
        }
        List<String> reasons = new ArrayList<>();
        reasonList.forEach(reason -> reasons.add(reason.asText()));
        List<String> incomplete = new ArrayList<>();
        gate.path("incompleteData").forEach(fetch -> incomplete.add(fetch.asText()));
        GateStatus status;
        try {
            status = GateStatus.valueOf(text(gate.path("status"), "gate.status", name));
        } catch (IllegalArgumentException e) {
            throw notAReport(name, "its gate status is " + gate.path("status"));
        }
        int[] figures = new int[COUNTS.size()];
        for (int i = 0; i < figures.length; i++) {
            JsonNode figure = counts.path(COUNTS.get(i));
            if (!figure.isInt() || figure.intValue() < 0) {
                throw wrongType(name, "counts." + COUNTS.get(i), figure, "a whole number of at least 0");
            }
            figures[i] = figure.intValue();
        }
        return new ReportHeader(fixVersion, instant(fields.get("generatedAt").asText()),
                object(fields.get("tool"), "tool", name).path("version").asText(), scope,
                new AuditCounts(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6],
                        figures[7], figures[8]),
                new GateResult(status, reasons, incomplete));
    }

    private static String text(JsonNode value, String field, String name) {
        if (!value.isTextual()) {
            throw wrongType(name, field, value, "a string");
        }
        return value.textValue();
    }

    private static JsonNode object(JsonNode value, String field, String name) {
        if (!value.isObject()) {
            throw wrongType(name, field, value, "an object");
        }
        return value;
    }

    private static UsageException wrongType(String name, String field, JsonNode value, String expected) {
        String found = value.isMissingNode() ? "missing" : value.isContainerNode() ? value.getNodeType()
                .name().toLowerCase(Locale.ROOT) : value.toString();
        return notAReport(name, "its " + field + " is " + found + ", not " + expected);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UsageException notAReport(String name, String why) {
        return new UsageException(name + " is not a " + ReportJsonWriter.SCHEMA + " report: " + why);
    }

    /** Thrown by {@link #read} for a JSON document that declares another schema, such as a summary. */
    public static final class OtherDocumentException extends UsageException {

        private static final long serialVersionUID = 1L;

        OtherDocumentException(String name, String schema) {
            super(name + " is not a " + ReportJsonWriter.SCHEMA + " report: its schema is " + schema);
        }
    }

    /** The top-level properties the head is made of. */
    private enum Field {
        SCHEMA("schema"), FIX_VERSION("fixVersion"), GENERATED_AT("generatedAt"), TOOL("tool"), SCOPE("scope"),
        COUNTS("counts"), GATE("gate");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        static Field of(String id) {
            for (Field field : values()) {
                if (field.id.equals(id)) {
                    return field;
                }
            }
            return null;
        }
    }
}
