package io.releasecopilot.correlate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the YAML form of an overrides file with Jackson's streaming parser, so that scalars keep the text the
 * user wrote: an unquoted hash such as {@code 0123456} or {@code 1234e10} is not turned into a number.
 * A top-level list without the {@code overrides:} key is accepted too.
 */
final class OverridesYaml {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private OverridesYaml() {
    }

    static List<CommitOverride> parse(String file, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (token == JsonToken.START_ARRAY) {
                return entries(file, parser);
            }
            if (token != JsonToken.START_OBJECT) {
                throw new UsageException(file + ": expected 'overrides:' with a list of entries");
            }
            List<CommitOverride> overrides = List.of();
            boolean seen = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (!"overrides".equals(name)) {
                    throw new UsageException(file + ": unknown top-level field '" + name + "' ("
                            + (OverrideFields.distanceAtMost(name, "overrides", 3) ? "did you mean 'overrides'?"
                            : "expected 'overrides'") + ")");
                }
                if (seen) {
                    throw new UsageException(file + ": 'overrides' is given twice");
                }
                seen = true;
                token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    overrides = entries(file, parser);
                } else if (token != JsonToken.VALUE_NULL) {
                    throw new UsageException(file + ": 'overrides' must be a list of entries");
                }
            }
            return overrides;
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": line " + e.getLocation().getLineNr() + ": invalid YAML: "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot parse: " + firstLine(e.getMessage()), e);
        }
    }

    /** Reads the entries of the list whose start the parser is on. */
    private static List<CommitOverride> entries(String file, JsonParser parser) throws IOException {
        List<CommitOverride> overrides = new ArrayList<>();
        int entry = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
            entry++;
            String where = file + ": entry " + entry;
            if (token != JsonToken.START_OBJECT) {
                throw new UsageException(where + ": expected fields " + String.join(", ", OverrideFields.KNOWN));
            }
            overrides.add(OverrideFields.toOverride(where, fields(where, parser)));
        }
        return List.copyOf(overrides);
    }

    private static Map<String, OverrideFields.Raw> fields(String where, JsonParser parser) throws IOException {
        Map<String, OverrideFields.Raw> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (!OverrideFields.KNOWN.contains(name)) {
                throw new UsageException(where + ": " + OverrideFields.unknown("field", name));
            }
            if (fields.containsKey(name)) {
                throw new UsageException(where + ": field '" + name + "' is given twice");
            }
            fields.put(name, value(where, name, parser));
        }
        return fields;
    }

    private static OverrideFields.Raw value(String where, String name, JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
                if (token.isStructStart()) {
                    throw new UsageException(where + ": field '" + name + "' must be a list of plain values");
                }
                items.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            return new OverrideFields.Raw(null, items);
        }
        if (token == JsonToken.START_OBJECT) {
            throw new UsageException(where + ": field '" + name + "' must be a plain value, not a mapping");
        }
        return OverrideFields.Raw.of(token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
