package io.releasecopilot.report.excel;

/**
 * Makes untrusted text safe for a cell: drops what XML 1.0 cannot hold, truncates at Excel's cell limit and
 * tells which text a spreadsheet would take for a formula if a user re-entered it ({@link #isFormulaLike}).
 */
final class CellText {

    /** The most characters (UTF-16 units) an Excel cell holds. */
    static final int MAX_CHARS = 32_767;

    /** Ends a truncated text; the result is exactly {@link #MAX_CHARS} long (one less at a split pair). */
    static final String TRUNCATION_MARKER = "…[truncated]";

    private CellText() {
    }

    /**
     * Returns the text for a string cell: {@link #xmlSafe(String) XML-safe}, truncated to {@link #MAX_CHARS}
     * with {@link #TRUNCATION_MARKER}, and with literal {@code _xHHHH_} sequences escaped so that readers,
     * which decode them as characters, show them as written; {@code null} when nothing is left.
     */
    static String clean(String text) {
        String result = xmlSafe(text);
        if (result == null) {
            return null;
        }
        if (result.length() > MAX_CHARS) {
            result = truncate(result);
        }
        return result.contains("_x") ? escapeCodes(result) : result;
    }

    /**
     * Returns the text without characters XML 1.0 cannot hold (C0 controls other than tab, LF and CR,
     * unpaired surrogates, U+FFFE and U+FFFF); {@code null} when nothing is left.
     */
    static String xmlSafe(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int length = text.length();
        int first = 0;
        while (first < length && isPlain(text.charAt(first))) {
            first++;
        }
        String result = first == length ? text : strip(text, first);
        return result.isEmpty() ? null : result;
    }

    /**
     * Escapes the underscore of each {@code _xHHHH_} as {@code _x005F_}, the way Excel writes it: SpreadsheetML
     * strings use that pattern for characters XML cannot hold, and readers decode it.
     */
    private static String escapeCodes(String text) {
        StringBuilder out = null;
        int copied = 0;
        int at = text.indexOf("_x");
        while (at >= 0) {
            if (isCode(text, at)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, at).append("_x005F");
                copied = at;
            }
            at = text.indexOf("_x", at + 1);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isCode(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            char ch = text.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether the text starts like a formula or a CSV-injection payload: {@code =}, {@code +},
     * {@code -}, {@code @}, tab or CR, or the full-width {@code ＝ ＋ － ＠} some input methods turn into them.
     */
    static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    /** Returns whether the character is kept as is, without looking at its neighbours. */
    private static boolean isPlain(char ch) {
        if (ch < 0x20) {
            return ch == '\t' || ch == '\n' || ch == '\r';
        }
        return ch < 0xD800 || ch >= 0xE000 && ch < 0xFFFE;
    }

    private static String strip(String text, int from) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, from);
        for (int i = from; i < length; i++) {
            char ch = text.charAt(i);
            if (isPlain(ch)) {
                out.append(ch);
            } else if (Character.isHighSurrogate(ch) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            }
            // anything else (control character, lone surrogate, U+FFFE, U+FFFF) is dropped
        }
        return out.toString();
    }

    private static String truncate(String text) {
        int keep = MAX_CHARS - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // do not split a surrogate pair
        }
        return text.substring(0, keep) + TRUNCATION_MARKER;
    }
}
