package io.releasecopilot.cli.pipe;

import java.util.Locale;

/**
 * Text for Code Insights fields. Bitbucket shows these fields as plain text, so untrusted text (summaries,
 * commit messages) is not escaped; it is put on one line, stripped of control and bidirectional-override
 * characters, and cut to the field's limit without splitting a surrogate pair.
 */
final class InsightsText {

    private InsightsText() {
    }

    /** Returns the text on one line, whitespace runs collapsed, controls dropped; {@code null} becomes empty. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Returns {@link #oneLine} of the text, at most {@code max} UTF-16 characters, ending in … when cut. */
    static String clip(String text, int max) {
        String line = oneLine(text);
        if (line.length() <= max) {
            return line;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(line.charAt(end)) && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).stripTrailing() + "…";
    }

    /** Returns a lower-case id made of letters, digits and single dashes, at most {@code max} characters. */
    static String slug(String text, int max) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > max) {
            slug = slug.substring(0, max).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Returns the address when it is http(s), else {@code null}. */
    static String httpLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
