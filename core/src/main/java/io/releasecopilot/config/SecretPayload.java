package io.releasecopilot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.common.SecretValue;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a secret's text into settings. A secret is a JSON object keyed by environment names
 * ({@code {"JIRA_EMAIL": "…", "JIRA_API_TOKEN": "…"}}); the webhook secret may also be a plain string, which
 * becomes {@code WEBHOOK_SECRET}. Names that cannot come from Secrets Manager ({@code AWS_REGION},
 * {@code S3_BUCKET} …) are ignored with a warning that names the key, never its value.
 */
public final class SecretPayload {

    private static final Logger LOG = System.getLogger(SecretPayload.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretPayload() {
    }

    /**
     * Returns the settings a secret supplies, each with origin {@code secretsmanager:<id>}.
     *
     * @param idSetting the setting that named the secret ({@code SECRET_JIRA} …)
     * @param secretId  the id that was read
     * @param text      the secret's text
     * @throws SecretException with code {@code MalformedSecret} when it is not a JSON object of values
     */
    public static Map<String, Setting> parse(String idSetting, String secretId, SecretValue text) {
        String origin = origin(secretId);
        JsonNode root = readTree(text);
        Map<String, Setting> settings = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            if (Names.SECRET_WEBHOOK.equals(idSetting) && text != null) {
                settings.put(Names.WEBHOOK_SECRET, Setting.of(Names.WEBHOOK_SECRET, text.reveal(), origin));
                return settings;
            }
            throw new SecretException(secretId, "MalformedSecret",
                    "expected a JSON object keyed by environment names, e.g. {\"JIRA_API_TOKEN\": \"...\"}");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (!Names.fromSecrets(key)) {
                LOG.log(Level.WARNING, "{0}: {1} is ignored: it cannot come from Secrets Manager", origin, key);
            } else if (value.isValueNode() && !value.isNull()) {
                settings.put(key, Setting.of(key, value.asText(), origin));
            } else {
                LOG.log(Level.WARNING, "{0}: {1} is ignored: its value is not a string or number", origin, key);
            }
        }
        return settings;
    }

    /** Returns the origin of values read from that secret. */
    public static String origin(String secretId) {
        return "secretsmanager:" + secretId;
    }

    /** Parses without ever letting the parser's message, which may quote the text, escape. */
    private static JsonNode readTree(SecretValue text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text.reveal());
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
