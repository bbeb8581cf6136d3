package io.releasecopilot.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the user's YAML files (policy, configuration) strictly: duplicate keys and a second document are
 * errors, and a malformed file gives one line with the line and column, never the snippet of the file.
 */
public final class StrictYaml {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StrictYaml() {
    }

    /**
     * Parses {@code text} read from {@code name}.
     *
     * @param quoteParser whether the parser's own message may be quoted when nothing better is known; false
     *                    for files that hold credentials
     * @throws UsageException naming {@code name}, where the parser stopped and what it found
     */
    public static JsonNode readTree(String name, String text, boolean quoteParser) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException(name + ": malformed YAML" + where(e) + ": " + problem(e, quoteParser));
        }
    }

    /** Returns where the parser stopped: the YAML parser's own mark when it has one, else Jackson's. */
    private static String where(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
        JsonLocation location = e.getLocation();
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Returns the parser's problem without the snippet of the file. */
    private static String problem(JsonProcessingException e, boolean quoteParser) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            return UntrustedText.inMessage(yaml.getProblem());
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field ")) {
            return "duplicate key " + UntrustedText.inMessage(message.substring("Duplicate field ".length()));
        }
        if (message.startsWith("Trailing token")) {
            return "more than one YAML document";
        }
        return quoteParser
                ? UntrustedText.inMessage(message.lines().findFirst().orElse(message))
                : "not a valid YAML mapping";
    }
}
