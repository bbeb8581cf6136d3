package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the list-valued step parameters, which are strings so that the Snippet Generator can edit them. */
final class Lists {

    private Lists() {
    }

    /** Splits at commas and line breaks; blank items are dropped. */
    static List<String> items(String text) {
        return split(text, "[,\\r\\n]+");
    }

    /** Splits at line breaks only, for values that may hold commas (exemption regexes). */
    static List<String> lines(String text) {
        return split(text, "[\\r\\n]+");
    }

    /** Reads {@code key=value} items, separated by commas or line breaks, in order. */
    static Map<String, String> pairs(String text, String parameter) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String item : items(text)) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("%s: '%s' is not KEY=VALUE".formatted(parameter, item));
            }
            pairs.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return pairs;
    }

    private static List<String> split(String text, String separators) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String item : text.split(separators)) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
