package io.releasecopilot.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.StrictYaml;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a configuration YAML file: the override file ({@code --config FILE}) and the built-in
 * {@code defaults.yml}. The file is one flat mapping of setting names to scalar values:
 *
 * <pre>
 * JIRA_BASE_URL: https://acme.atlassian.net
 * SECRET_JIRA: team-a/jira
 * AWS_REGION: eu-west-1
 * </pre>
 *
 * An unknown name, a list or mapping as a value, a missing value and malformed YAML are each a
 * {@link UsageException} that names the file and the key; no message ever quotes a value.
 */
public final class ConfigFile {

    /** The origin of the built-in defaults. */
    public static final String DEFAULTS = "defaults.yml";

    private ConfigFile() {
    }

    /**
     * Reads an override file; every value's origin is the file's path.
     *
     * @throws UsageException when the file cannot be read or holds anything but known names and scalars
     */
    public static Layer load(Path file) {
        String name = file.toString();
        try {
            return parse("config file", name, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(name + ": cannot read the config file: " + e.getClass().getSimpleName());
        }
    }

    /** Reads the built-in {@code defaults.yml} from the jar. */
    public static Layer defaults() {
        try (InputStream in = ConfigFile.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new AuditException("defaults.yml is missing from the jar");
            }
            return parse(DEFAULTS, DEFAULTS, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AuditException("cannot read the built-in defaults.yml: " + e, e);
        }
    }

    /** Parses the text of a configuration file; {@code name} names it in origins and messages. */
    static Layer parse(String level, String name, String text) {
        JsonNode root = StrictYaml.readTree(name, text, false);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Layer.empty(level);
        }
        if (!root.isObject()) {
            throw new UsageException(name + ": expected a mapping of setting names to values, e.g. "
                    + "'AWS_REGION: eu-west-1'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            Names.requireKnown(key, name);
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                throw new UsageException(name + ": " + key + " has no value (write " + key
                        + ": \"\" for an empty one)");
            }
            if (!value.isValueNode()) {
                throw new UsageException(name + ": " + key + " must be a single value, not a "
                        + (value.isArray() ? "list" : "mapping"));
            }
            values.put(key, value.asText());
        }
        return Layer.of(level, values, name);
    }
}
