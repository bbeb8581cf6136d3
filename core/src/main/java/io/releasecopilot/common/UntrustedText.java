package io.releasecopilot.common;

/**
 * The one rule for showing untrusted text (Jira summaries, commit messages, server bodies, cache files, the
 * user's own files and flags) on one line of a message, a log, a report, a Code Insights field or a Jenkins page.
 *
 * <p>Three kinds of characters are unsafe there: controls (C0, DEL, C1) and line or paragraph separators, which
 * break the line or drive a terminal; format characters (bidirectional overrides and isolates U+202A–U+202E and
 * U+2066–U+2069, marks, zero-width characters, the byte-order mark, tags), which can make text read differently
 * than it is; and lone surrogates, which are not text at all. {@link #oneLine} turns controls and white space into
 * single spaces and drops format characters; {@link #echo} shows every unsafe character as {@code ?} so that a user
 * sees where a value they typed went wrong. Both cut at a code-point boundary, never inside a surrogate pair, and
 * mark a cut with one ellipsis {@value #ELLIPSIS}, counted in the limit.
 *
 * <p>Mask secrets in the full text first ({@link SecretMask#apply}), then call these: a secret straddling the cut
 * must not survive in part. An ArchUnit rule keeps this the only class that decides which characters are unsafe.
 */
public final class UntrustedText {

    /** What marks a cut text. */
    public static final String ELLIPSIS = "…";

    /** The length at which a text echoed inside a message is cut. */
    public static final int MESSAGE_MAX = 300;

    private static final char REPLACEMENT = '\uFFFD';

    private UntrustedText() {
    }

    /**
     * Returns the text on one line: controls, line breaks and white space become one space per run, format
     * characters are dropped, a lone surrogate becomes U+FFFD, and the ends are trimmed. {@code null} becomes the
     * empty string.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        if (isCleanLine(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isFormat(c)) {
                continue;
            }
            if (isSpaceOrControl(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (Character.isSurrogate((char) c) && !Character.isSupplementaryCodePoint(c)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Returns {@link #oneLine(String)} of the text cut to at most {@code maxChars} UTF-16 characters. */
    public static String oneLine(String text, int maxChars) {
        return cut(oneLine(text), maxChars);
    }

    /** Returns {@link #oneLine(String)} of the text cut to {@link #MESSAGE_MAX}: for a text quoted in a message. */
    public static String inMessage(String text) {
        return oneLine(text, MESSAGE_MAX);
    }

    /**
     * Returns a value the user gave, fit to be echoed in a message: each unsafe character (control, line break,
     * format character, lone surrogate) becomes {@code ?}, other white space stays, and the result is cut to at
     * most {@code maxChars} UTF-16 characters. {@code null} becomes the empty string.
     */
    public static String echo(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean unsafe = isFormat(c) || Character.isISOControl(c) || isLineBreak(c)
                    || Character.isSurrogate((char) c) && !Character.isSupplementaryCodePoint(c);
            if (unsafe) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        }
        return cut(out.toString(), maxChars);
    }

    /**
     * Returns the text unchanged when it has at most {@code maxChars} UTF-16 characters, else its start followed by
     * {@value #ELLIPSIS}, {@code maxChars} characters in all, cut between two code points.
     *
     * @throws IllegalArgumentException when {@code maxChars} is less than 1
     */
    public static String cut(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
        }
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Returns whether the text holds a control character, a line break or a format character. */
    public static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) || isLineBreak(c) || isFormat(c));
    }

    /** Returns whether the text holds white space or a character {@link #hasControl} finds. */
    public static boolean hasSpaceOrControl(String text) {
        return text.codePoints().anyMatch(c -> isSpaceOrControl(c) || isFormat(c));
    }

    /** Returns whether the code point is a control, a line break or white space: what {@link #oneLine} spaces. */
    public static boolean isSpaceOrControl(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Returns whether the code point is a format character (bidi control, zero-width, BOM, tag), which can spoof. */
    public static boolean isFormat(int c) {
        return Character.getType(c) == Character.FORMAT;
    }

    private static boolean isLineBreak(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The fast path: printable ASCII and safe non-ASCII with single inner spaces need no copy. */
    private static boolean isCleanLine(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue;
            }
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
                continue;
            }
            if (c < 0xA0 || Character.isSurrogate(c) || isSpaceOrControl(c) || isFormat(c)) {
                return false;
            }
        }
        return true;
    }
}
