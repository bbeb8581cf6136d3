package io.releasecopilot.correlate;

import io.releasecopilot.common.Suggest;
import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw fields of one entry of an overrides file into a {@link CommitOverride}, with one-line errors that
 * name the file, the entry or line, and the field.
 */
final class OverrideFields {

    static final List<String> KNOWN = List.of("commit", "repo", "addKeys", "exempt", "reason");

    private static final Map<String, String> SYNONYMS = Map.of(
            "hash", "commit", "sha", "commit", "sha1", "commit", "keys", "addKeys", "key", "addKeys",
            "repository", "repo", "comment", "reason", "why", "reason", "exempted", "exempt");

    /** A raw value: a scalar ({@code list == null}, {@code scalar} may be {@code null}) or a list of scalars. */
    record Raw(String scalar, List<String> list) {
        static Raw of(String scalar) {
            return new Raw(scalar, null);
        }
    }

    private OverrideFields() {
    }

    /**
     * Builds the override.
     *
     * @param where  {@code "<file>: entry 2"} or {@code "<file>: line 3"}
     * @param fields the entry's fields by name; only known names
     */
    static CommitOverride toOverride(String where, Map<String, Raw> fields) {
        String commit = scalar(where, fields, "commit");
        if (commit == null || commit.isBlank()) {
            throw new UsageException(where + ": missing field 'commit'");
        }
        commit = commit.strip();
        if (!HashIndex.isHash(commit)) {
            throw new UsageException(where + ": field 'commit': '" + commit
                    + "' is not a commit hash (7 to 40 hex digits)");
        }
        String reason = scalar(where, fields, "reason");
        if (reason == null || reason.isBlank()) {
            throw new UsageException(where + ": missing field 'reason' (every override needs one; it is shown in "
                    + "the report)");
        }
        String repo = scalar(where, fields, "repo");
        repo = repo == null || repo.isBlank() ? null : repo.strip();
        boolean exempt = exempt(where, scalar(where, fields, "exempt"));
        List<String> keys = keys(where, fields.get("addKeys"));
        if (keys.isEmpty() && !exempt) {
            throw new UsageException(where + ": override of " + commit
                    + " neither adds keys (addKeys) nor sets exempt: true");
        }
        return new CommitOverride(commit.toLowerCase(Locale.ROOT), repo, keys, exempt, reason.strip());
    }

    /** Returns the error message part for an unknown field or column name. */
    static String unknown(String what, String name) {
        String suggestion = suggest(name);
        return "unknown " + what + " '" + name + "' ("
                + (suggestion == null ? "known: " + String.join(", ", KNOWN) : "did you mean '" + suggestion + "'?")
                + ")";
    }

    /** Returns the known name closest to {@code name}, or {@code null} when none is close. */
    static String suggest(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        String synonym = SYNONYMS.get(lower);
        if (synonym != null) {
            return synonym;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            int distance = Suggest.distance(lower, known.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, lower.length() / 3) ? best : null;
    }

    private static String scalar(String where, Map<String, Raw> fields, String name) {
        Raw raw = fields.get(name);
        if (raw == null) {
            return null;
        }
        if (raw.list() != null) {
            throw new UsageException(where + ": field '" + name + "' must be a single value, not a list");
        }
        return raw.scalar();
    }

    private static boolean exempt(String where, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new UsageException(where + ": field 'exempt': '" + value.strip()
                    + "' is not true or false");
        };
    }

    private static List<String> keys(String where, Raw raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        List<String> values = raw.list() != null ? raw.list() : raw.scalar() == null ? List.of() : List.of(raw.scalar());
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split("[;,\\s]+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        List<String> keys = new ArrayList<>(parts.size());
        for (String part : parts) {
            if (!KeyExtractor.isKey(part)) {
                throw new UsageException(where + ": field 'addKeys': '" + part + "' is not an issue key (like ABC-12)");
            }
            String key = part.toUpperCase(Locale.ROOT);
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /** Returns whether {@code name} is within {@code max} edits of {@code known}, ignoring case. */
    static boolean distanceAtMost(String name, String known, int max) {
        return Suggest.distance(name.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT)) <= max;
    }
}
