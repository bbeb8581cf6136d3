package io.releasecopilot.report;

import io.releasecopilot.correlate.AuditCounts;

/** Helpers that make untrusted text safe to show on one line of a terminal, a Markdown document or a form field. */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Returns the text on one line: line breaks, tabs and other control characters become spaces, runs of
     * whitespace collapse to one, bidirectional overrides (which can disguise text) are dropped, and the
     * ends are trimmed. {@code null} becomes the empty string.
     */
    public static String oneLine(String text) {
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

    /** Returns the text cut to at most {@code max} code points, the last being an ellipsis when cut. */
    static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** Returns the coverage as a percentage with one decimal, rounded down so 100.0 means every story. */
    static String percent(AuditCounts counts) {
        long tenths = counts.storiesTotal() == 0
                ? 1000
                : counts.storiesWithCommits() * 1000L / counts.storiesTotal();
        return tenths / 10 + "." + tenths % 10 + " %";
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
