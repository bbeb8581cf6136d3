package io.releasecopilot.report.html;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.HtmlSafeJson;
import io.releasecopilot.report.ReportJsonWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Re-writes a stored report JSON so that it is safe inside a data island, whatever its file holds: the document
 * is parsed and written again token by token (streaming, so a 130 MB report is never held in memory) with the
 * escapes of {@link HtmlSafeJson}. A file that is not a {@code release-audit/v1} report is refused.
 */
public final class SafeReportJson {

    private SafeReportJson() {
    }

    /**
     * Checks that a file is a readable {@code release-audit/v1} report, reading only its head.
     *
     * @throws UsageException naming the file when it is missing, unreadable or not such a report
     */
    public static ReportHeader check(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return ReportHeader.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies a report file to the stream; see {@link #copy(InputStream, OutputStream, String)}.
     *
     * @throws UsageException naming the file when it is missing or not a report
     */
    public static void copy(Path file, OutputStream out) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            copy(in, out, file.toString());
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        }
    }

    /**
     * Copies one JSON object from the stream to {@code out}, escaped for a data island, followed by a line break.
     * The streams are not closed; {@code out} is flushed.
     *
     * @param name the file or object the stream comes from, for messages
     * @throws UsageException when the input is not valid JSON or not a {@code release-audit/v1} report; part of
     *                        it may have been written by then
     */
    public static void copy(InputStream in, OutputStream out, String name) throws IOException {
        String schema = null;
        try (JsonParser parser = HtmlSafeJson.FACTORY.createParser(in);
                JsonGenerator json = HtmlSafeJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAReport(name, "it is not a JSON object");
            }
            json.writeStartObject();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("schema".equals(field)) {
                    schema = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    if (!ReportJsonWriter.SCHEMA.equals(schema)) {
                        throw notAReport(name, "its schema is " + parser.getText());
                    }
                }
                json.writeFieldName(field);
                json.copyCurrentStructure(parser);
            }
            json.writeEndObject();
            if (parser.nextToken() != null) {
                throw notAReport(name, "more follows the JSON object");
            }
            json.writeRaw('\n');
        } catch (JsonProcessingException e) {
            throw notAReport(name, invalid(e));
        }
        if (schema == null) {
            throw notAReport(name, "it has no schema");
        }
        out.flush();
    }

    /** Describes a parse error in one line: where and what. */
    static String invalid(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
        return "invalid JSON" + where + ": " + e.getOriginalMessage();
    }

    private static UsageException notAReport(String name, String why) {
        return new UsageException(name + " is not a " + ReportJsonWriter.SCHEMA + " report: " + why);
    }
}
