package io.releasecopilot.correlate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV form of an overrides file with Jackson's CSV reader: a header naming the columns ({@code commit,repo,addKeys,exempt,
 * reason}, any order, {@code commit} and {@code reason} required), then one override per row. Fields are
 * separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes; lines end in
 * LF, CRLF or CR; spaces around a field are trimmed. Blank lines
 * and lines starting with {@code #} are skipped; a UTF-8 byte order mark is ignored. A row may leave out
 * trailing empty fields.
 */
final class OverridesCsv {

    /** One record with the line it starts on. */
    private record Row(int line, List<String> fields) {
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withComments();

    private OverridesCsv() {
    }

    static List<CommitOverride> parse(String file, String text) {
        List<Row> rows = rows(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (rows.isEmpty()) {
            return List.of();
        }
        Row header = rows.get(0);
        List<String> columns = new ArrayList<>();
        for (String cell : header.fields()) {
            String name = cell.strip();
            if (!OverrideFields.KNOWN.contains(name)) {
                throw new UsageException(file + ": line " + header.line() + ": " + OverrideFields.unknown("column", name));
            }
            if (columns.contains(name)) {
                throw new UsageException(file + ": line " + header.line() + ": column '" + name + "' is given twice");
            }
            columns.add(name);
        }
        for (String required : List.of("commit", "reason")) {
            if (!columns.contains(required)) {
                throw new UsageException(file + ": line " + header.line() + ": missing column '" + required
                        + "' (header: " + String.join(",", OverrideFields.KNOWN) + ")");
            }
        }
        List<CommitOverride> overrides = new ArrayList<>(rows.size() - 1);
        for (Row row : rows.subList(1, rows.size())) {
            String where = file + ": line " + row.line();
            if (row.fields().size() > columns.size()) {
                throw new UsageException(where + ": " + row.fields().size() + " fields but the header has "
                        + columns.size() + " (quote a field that holds a comma)");
            }
            Map<String, OverrideFields.Raw> fields = new HashMap<>();
            for (int i = 0; i < row.fields().size(); i++) {
                fields.put(columns.get(i), OverrideFields.Raw.of(row.fields().get(i)));
            }
            overrides.add(OverrideFields.toOverride(where, fields));
        }
        return List.copyOf(overrides);
    }

    /** Splits the text into records with Jackson's CSV reader, skipping blank and comment lines. */
    private static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (JsonParser p = CSV.createParser(text)) {
            p.setSchema(SCHEMA);
            for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
                List<String> fields = new ArrayList<>();
                for (t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
                    if (fields.isEmpty()) {
                        line = p.getTokenLocation().getLineNr();
                    }
                    fields.add(p.getText());
                }
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    rows.add(new Row(line, fields));
                }
            }
        } catch (IOException e) {
            String problem = String.valueOf(e.getMessage()).contains("closing quote")
                    ? "quoted field is not closed"
                    : "not valid CSV (" + UntrustedText.inMessage(e.getMessage().lines().findFirst().orElse("")) + ")";
            throw new UsageException(file + ": line " + line + ": " + problem);
        }
        return rows;
    }
}
