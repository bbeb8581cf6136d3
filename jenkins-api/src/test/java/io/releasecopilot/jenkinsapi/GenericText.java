package io.releasecopilot.jenkinsapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for generic type text as the signature list prints it and as reflection renders it, so the two can be
 * compared: {@code java.lang.} is dropped before class names, nested types use {@code .}, no spaces around brackets, commas and {@code &}.
 */
public final class GenericText {

    private GenericText() {
    }

    /** Returns the text in the one form both sides are compared in ({@code <T extends hudson.model.Item>}). */
    public static String normalise(String text) {
        return text.replaceAll("java\\.lang\\.(?=[A-Z])", "").replace('$', '.').replaceAll("\\s+", " ")
                .replaceAll(" ?([<>,&]) ?", "$1").strip();
    }

    /** Returns the raw type of a normalised or printed generic type, as a binary-ish name (dots). */
    public static String erasure(String type) {
        int angle = type.indexOf('<');
        return (angle < 0 ? type : type.substring(0, angle)).strip();
    }

    /** Splits a comma-separated list at the commas outside angle brackets and parentheses. */
    public static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '(' || c == '{') {
                depth++;
            } else if (c == '>' || c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            parts.add(text.substring(start).strip());
        }
        return parts;
    }

    /** Returns the index just past the bracket that closes the one at {@code open}. */
    public static int closing(String text, int open) {
        char opening = text.charAt(open);
        char closing = switch (opening) {
            case '<' -> '>';
            case '(' -> ')';
            case '{' -> '}';
            default -> throw new IllegalArgumentException("not a bracket: " + opening);
        };
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unbalanced " + opening + " in " + text);
    }
}
