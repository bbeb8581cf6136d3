package io.releasecopilot.correlate;

import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV form of an overrides file: a header naming the columns ({@code commit,repo,addKeys,exempt,
 * reason}, any order, {@code commit} and {@code reason} required), then one override per row. Fields are
 * separated by commas; a field in double quotes may hold commas, line breaks and doubled quotes. Blank lines
 * and lines starting with {@code #} are skipped; a UTF-8 byte order mark is ignored. A row may leave out
 * trailing empty fields.
 */
final class OverridesCsv {

    /** One record with the line it starts on. */
    private record Row(int line, List<String> fields) {
    }

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

    /** Splits the text into records, skipping blank and comment lines. */
    private static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            int startLine = line;
            int lineEnd = text.indexOf('\n', pos);
            String physical = text.substring(pos, lineEnd < 0 ? length : lineEnd);
            if (physical.isBlank() || physical.stripLeading().startsWith("#")) {
                pos = lineEnd < 0 ? length : lineEnd + 1;
                line++;
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean done = false;
            while (!done) {
                if (pos >= length) {
                    if (quoted) {
                        throw new UsageException(file + ": line " + startLine + ": quoted field is not closed");
                    }
                    done = true;
                    continue;
                }
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"' && pos < length && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    done = true;
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            rows.add(new Row(startLine, fields));
        }
        return rows;
    }
}
