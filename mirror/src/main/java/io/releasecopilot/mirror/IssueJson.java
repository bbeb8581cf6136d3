package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.source.jira.Jql;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a Jira issue object — from a webhook body or a search page, Cloud or Data Center — into the state the
 * mirror keeps: only the fields an audit reads ({@link Jql#AUDIT_FIELDS}), so an issue read back from the
 * mirror is the issue a search would have returned.
 */
final class IssueJson {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of(Jql.AUDIT_FIELDS.split(","));
    private static final Pattern KEY = Pattern.compile("([A-Z][A-Z0-9_]*)-[1-9][0-9]*");
    /** Jira's {@code 2022-06-09T16:29:31.871-0700}; also {@code +00:00} offsets and no fraction. */
    private static final DateTimeFormatter UPDATED = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").optionalStart().appendPattern(".SSS").optionalEnd()
            .appendPattern("[XXX][XX][X]").toFormatter();

    private IssueJson() {
    }

    /**
     * Returns the mirror's state of an issue.
     *
     * @throws IllegalArgumentException naming what is missing or malformed (never a field's value)
     */
    static IssueState state(JsonNode issue) {
        if (issue == null || !issue.isObject()) {
            throw new IllegalArgumentException("the issue is not a JSON object");
        }
        String id = text(issue, "id");
        String key = text(issue, "key");
        if (id == null || key == null) {
            throw new IllegalArgumentException("the issue has no 'id' or 'key'");
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("the issue key is not PROJECT-NUMBER");
        }
        JsonNode fields = issue.get("fields");
        if (fields == null || !fields.isObject()) {
            throw new IllegalArgumentException("issue " + key + " has no 'fields'");
        }
        long updated = updated(text(fields, "updated"), key);
        ObjectNode kept = JSON.createObjectNode();
        kept.put("id", id);
        if (text(issue, "self") != null) {
            kept.put("self", text(issue, "self"));
        }
        kept.put("key", key);
        ObjectNode keptFields = kept.putObject("fields");
        fields.properties().forEach(field -> {
            if (FIELDS.contains(field.getKey())) {
                keptFields.set(field.getKey(), field.getValue());
            }
        });
        String project = key.substring(0, key.indexOf('-'));
        return new IssueState(id, key, project, updated, fixVersions(fields, key), kept.toString());
    }

    /** Returns {@code updated} in epoch milliseconds. */
    static long updated(String text, String key) {
        if (text == null) {
            throw new IllegalArgumentException("issue " + key + " has no 'fields.updated'");
        }
        try {
            return OffsetDateTime.parse(text, UPDATED).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("issue " + key + ": 'fields.updated' is not a Jira date-time");
        }
    }

    private static List<String> fixVersions(JsonNode fields, String key) {
        JsonNode versions = fields.get("fixVersions");
        if (versions == null || versions.isNull()) {
            return List.of();
        }
        if (!versions.isArray()) {
            throw new IllegalArgumentException("issue " + key + ": 'fields.fixVersions' is not an array");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode version : versions) {
            String name = text(version, "name");
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
