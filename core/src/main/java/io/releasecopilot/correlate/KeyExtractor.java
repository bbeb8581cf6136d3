package io.releasecopilot.correlate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Jira issue keys in text (README.md, correlation rule 2).
 *
 * <p>A key is a project key (an ASCII letter, then ASCII letters, digits or {@code _}), a {@code -} and an
 * issue number without a leading zero. Matching is case-insensitive; keys are returned upper case. A key must
 * not be preceded by a letter, digit, {@code _} or {@code -}, nor followed by a letter, digit, {@code _} or a
 * {@code .} and a digit. So {@code XUTF-8} holds the key {@code XUTF-8} and not {@code UTF-8}, {@code ABC-1.2}
 * and {@code ABC-012} hold none, {@code ABC-1.} at the end of a sentence holds {@code ABC-1} and
 * {@code feature/abc-7-login} holds {@code ABC-7}.
 *
 * <p>The letters and digits of these boundary rules are ASCII ones: a key written right next to CJK text, an
 * accented letter or an emoji ({@code 修复ABC-1问题}) is found. Which keys count for an audit (the project
 * filter) is the {@link Correlator}'s business, not the extractor's.
 *
 * <p>The scanner is hand-written, runs in one pass and allocates nothing for a text without a key.
 */
public final class KeyExtractor {

    /** Receives each key found, with where it is in the text. */
    @FunctionalInterface
    interface KeyVisitor {
        /**
         * Called once per occurrence, in text order.
         *
         * @param key   the key, upper case
         * @param start the index of its first character
         * @param end   the index after its last character
         */
        void key(String key, int start, int end);
    }

    private KeyExtractor() {
    }

    /**
     * Returns the distinct keys in the text, upper case, in the order of their first appearance.
     *
     * @param chars any text; {@code null} holds no key
     * @return an unmodifiable list, empty when the text holds no key
     */
    public static List<String> extract(CharSequence chars) {
        if (chars == null) {
            return List.of();
        }
        String text = chars.toString();
        long span = next(text, 0);
        if (span < 0) {
            return List.of();
        }
        String first = upperCase(text, start(span), end(span));
        List<String> more = null;
        for (span = next(text, end(span)); span >= 0; span = next(text, end(span))) {
            String key = upperCase(text, start(span), end(span));
            if (more == null) {
                if (!key.equals(first)) {
                    more = new ArrayList<>(4);
                    more.add(first);
                    more.add(key);
                }
            } else if (!more.contains(key)) {
                more.add(key);
            }
        }
        return more == null ? List.of(first) : List.copyOf(more);
    }

    /**
     * Returns whether the whole text is exactly one issue key (case-insensitive): {@code ABC-12}, {@code abc-12}.
     */
    public static boolean isKey(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        long span = next(text.toString(), 0);
        return span >= 0 && start(span) == 0 && end(span) == text.length();
    }

    /** Reports every key occurrence in the text, in order, to the visitor. */
    static void scan(String text, KeyVisitor visitor) {
        for (long span = next(text, 0); span >= 0; span = next(text, end(span))) {
            visitor.key(upperCase(text, start(span), end(span)), start(span), end(span));
        }
    }

    /**
     * Finds the next key at or after {@code from}, which must be 0 or the end of an earlier key. The scan reads a
     * {@code String}, not a {@code CharSequence}: its {@code charAt} is a direct call, which the JIT inlines.
     *
     * @return {@code start << 32 | end} of the key, or -1 when there is none
     */
    private static long next(String text, int from) {
        int length = text.length();
        int runStart = -1; // start of the current run of [A-Za-z0-9_], or -1
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (c == '-' && runStart >= 0 && i + 1 < length) {
                char first = text.charAt(i + 1);
                if (first >= '1' && first <= '9' && isLetter(text.charAt(runStart))
                        && (runStart == 0 || text.charAt(runStart - 1) != '-')) {
                    int end = i + 2;
                    while (end < length && isDigit(text.charAt(end))) {
                        end++;
                    }
                    if (endsCleanly(text, end, length)) {
                        return (long) runStart << 32 | end;
                    }
                }
            }
            runStart = -1;
        }
        return -1;
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    private static boolean endsCleanly(String text, int end, int length) {
        if (end >= length) {
            return true;
        }
        char next = text.charAt(end);
        if (isWordChar(next)) {
            return false;
        }
        return !(next == '.' && end + 1 < length && isDigit(text.charAt(end + 1)));
    }

    private static String upperCase(String text, int start, int end) {
        boolean lower = false;
        for (int i = start; i < end && !lower; i++) {
            char c = text.charAt(i);
            lower = c >= 'a' && c <= 'z';
        }
        if (!lower) {
            return text.substring(start, end);
        }
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            chars[i - start] = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
