package io.releasecopilot.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasecopilot.common.StrictYaml;
import io.releasecopilot.common.Suggest;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a gate policy from a YAML file.
 *
 * <pre>
 * # release-copilot policy
 * thresholds:
 *   storiesWithoutCommits: {warn: 0, fail: 5}
 *   orphanCommits: 50            # short form: the FAIL limit
 *   orphanShare: {warn: 0.01, fail: 0.05}
 *   coverage: {warn: 0.95, fail: 0.90}
 * ignoreIssueTypes: [Epic, Test]
 * </pre>
 *
 * <p>Metric names are {@link Metric#id()}. The file is the whole policy: metrics it does not name are not
 * checked. Reading is strict: an unknown key, metric or level, a value that is not a number, a negative
 * limit, a share or coverage outside 0..1, a fractional count, a WARN limit beyond its FAIL limit, malformed
 * YAML and an empty file are each a {@link UsageException} with one line that names the file and the key.
 */
public final class PolicyFile {

    static final String THRESHOLDS = "thresholds";
    static final String IGNORE_ISSUE_TYPES = "ignoreIssueTypes";
    private static final List<String> TOP_LEVEL = List.of(THRESHOLDS, IGNORE_ISSUE_TYPES);
    private static final List<String> LEVELS = List.of("warn", "fail");
    /** The longest key or value of the file quoted in a message. */
    private static final int ECHOED = 60;
    private static final List<String> METRIC_IDS = Arrays.stream(Metric.values()).map(Metric::id).toList();
    private PolicyFile() {
    }

    /**
     * Reads and checks a policy file. The policy's {@link Policy#source()} is the path as given.
     *
     * @throws UsageException when the file cannot be read or is not a valid policy
     */
    public static Policy load(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read the policy file: "
                    + UntrustedText.inMessage(e.getMessage()));
        }
        return parse(name, text);
    }

    /** Parses the text of a policy file; {@code name} is the file named in messages and the policy's source. */
    static Policy parse(String name, String text) {
        JsonNode root = StrictYaml.readTree(name, text, true);
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new UsageException(name + ": the policy file is empty (expected " + THRESHOLDS + " and/or "
                    + IGNORE_ISSUE_TYPES + ")");
        }
        if (!root.isObject()) {
            throw new UsageException(name + ": expected a mapping with " + THRESHOLDS + " and/or " + IGNORE_ISSUE_TYPES
                    + " at the top level, got " + describe(root));
        }
        Map<Metric, Threshold> thresholds = new EnumMap<>(Metric.class);
        Set<String> ignored = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            switch (entry.getKey()) {
                case THRESHOLDS -> readThresholds(name, entry.getValue(), thresholds);
                case IGNORE_ISSUE_TYPES -> readIssueTypes(name, entry.getValue(), ignored);
                default -> throw Limits.error(name, UntrustedText.echo(entry.getKey(), ECHOED),
                        "unknown key" + Suggest.hint(entry.getKey(), TOP_LEVEL, "keys"));
            }
        }
        return new Policy(thresholds, ignored, name);
    }

    private static void readThresholds(String name, JsonNode node, Map<Metric, Threshold> into) {
        if (!node.isObject()) {
            throw Limits.error(name, THRESHOLDS, "expected a mapping of metric to limits, got " + describe(node));
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = THRESHOLDS + "." + UntrustedText.echo(entry.getKey(), ECHOED);
            Metric metric = Metric.fromId(entry.getKey()).orElseThrow(() -> Limits.error(name, path,
                    "unknown metric" + Suggest.hint(entry.getKey(), METRIC_IDS, "metrics")));
            Threshold threshold = readThreshold(name, path, metric, entry.getValue());
            Limits.checkOrder(name, path, metric, threshold);
            into.put(metric, threshold);
        }
    }

    private static Threshold readThreshold(String name, String path, Metric metric, JsonNode node) {
        if (node.isNumber()) {
            return Threshold.failAt(number(name, path, metric, node));
        }
        if (!node.isObject()) {
            throw Limits.error(name, path, "expected a number or {warn: …, fail: …}, got " + describe(node));
        }
        if (node.isEmpty()) {
            throw Limits.error(name, path, "expected a warn and/or fail limit, got {}");
        }
        Double warn = null;
        Double fail = null;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String levelPath = path + "." + UntrustedText.echo(entry.getKey(), ECHOED);
            switch (entry.getKey()) {
                case "warn" -> warn = number(name, levelPath, metric, entry.getValue());
                case "fail" -> fail = number(name, levelPath, metric, entry.getValue());
                default -> throw Limits.error(name, levelPath,
                        "unknown level" + Suggest.hint(entry.getKey(), LEVELS, "levels"));
            }
        }
        return new Threshold(warn, fail);
    }

    private static double number(String name, String path, Metric metric, JsonNode node) {
        if (!node.isNumber()) {
            throw Limits.error(name, path, "expected a number, got " + describe(node));
        }
        double value = node.doubleValue();
        Limits.checkValue(name, path, metric, value);
        return value;
    }

    private static void readIssueTypes(String name, JsonNode node, Set<String> into) {
        if (!node.isArray()) {
            throw Limits.error(name, IGNORE_ISSUE_TYPES,
                    "expected a list of issue type names such as [Epic, Test], got " + describe(node));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw Limits.error(name, IGNORE_ISSUE_TYPES + "[" + i + "]",
                        "expected an issue type name, got " + describe(item));
            }
            into.add(item.asText().strip());
        }
    }

    /** Describes a YAML value in an error message: {@code 'fifty'}, {@code true}, {@code nothing}, {@code a list}. */
    private static String describe(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "'" + UntrustedText.echo(node.asText(), ECHOED) + "'";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        return UntrustedText.echo(node.asText(), ECHOED);
    }
}
