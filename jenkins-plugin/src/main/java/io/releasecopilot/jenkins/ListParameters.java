package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the list- and map-valued step parameters ({@code projects: ['APP', 'MOB']}, {@code scope: [env: 'prod']}).
 * A Snippet Generator text box sends its whole text as one list item, and Groovy may hand over {@code GString}s or
 * numbers, so every item is taken as text and split again at the separators the parameter allows.
 */
final class ListParameters {

    /** Items of {@code projects}, {@code repos}, {@code branches} and {@code ignoreIssueTypes}. */
    static final String COMMAS_AND_LINES = "[,\\r\\n]+";
    /** Items that may hold commas ({@code exemptions}, which are regular expressions). */
    static final String LINES = "[\\r\\n]+";

    private ListParameters() {
    }

    /** Returns the list, or an empty list for {@code null}. */
    static List<String> of(List<String> list) {
        return list == null ? List.of() : list;
    }

    /**
     * Returns the items stripped, each split at the separators, blank items dropped; {@code null} (the default)
     * when nothing is left.
     */
    static List<String> items(List<?> values, String separators) {
        if (values == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (Object value : values) {
            if (value != null) {
                items.addAll(split(value.toString(), separators));
            }
        }
        return items.isEmpty() ? null : items;
    }

    /**
     * Returns the entries as text in their order, keys and values stripped; {@code null} (the default) for an empty
     * map.
     */
    static Map<String, String> pairs(Map<?, ?> values, String parameter) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            String name = key == null ? null : StepOptions.clean(key.toString());
            if (name == null) {
                throw new UsageException(parameter + ": an entry has an empty key");
            }
            pairs.put(name, value == null ? "" : value.toString().strip());
        });
        return pairs;
    }

    /**
     * Reads {@code KEY=VALUE} items, separated by commas or line breaks, in order: the Snippet Generator's text
     * form of a map parameter. Returns {@code null} for blank text.
     */
    static Map<String, String> pairs(String text, String parameter) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String item : split(text == null ? "" : text, COMMAS_AND_LINES)) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("%s: '%s' is not KEY=VALUE".formatted(parameter, item));
            }
            pairs.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return pairs.isEmpty() ? null : pairs;
    }

    private static List<String> split(String text, String separators) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(separators)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
