package io.releasecopilot.correlate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the merged branch names in the messages that tools write for merge commits.
 *
 * <p>Recognised lines (at the start of any line of the message, leading blanks ignored, case-insensitive):
 * <ul>
 * <li>Bitbucket Cloud: {@code Merged in feature/ABC-9-x (pull request #3)}</li>
 * <li>git: {@code Merge branch 'feature/abc-7' into develop}, {@code Merge branches 'a' and 'b' into c},
 *     {@code Merge remote-tracking branch 'origin/x'}, {@code Merge remote branch 'x'}; GitLab's
 *     {@code Merge branch 'x' into 'main'} (only the names before {@code into} are merged branches)</li>
 * <li>GitHub: {@code Merge pull request #4 from org/feature/ABC-1} (the whole {@code owner/branch} token)</li>
 * <li>Bitbucket Data Center: {@code Merge in TP/first-repo from feat/ABC-5-loading to develop}, the third line
 *     of a message whose subject is {@code Pull request #4: <title>}, and the older
 *     {@code Merge pull request #4 in TP/repo from feat/ABC-5 to develop}</li>
 * </ul>
 * Keys in the title of a {@code Pull request #4: <title>} subject are plain message keys: the title is not a
 * branch name. {@code Merge tag} and {@code Merge commit} lines name no branch.
 *
 * <p>Whether a commit is a merge is decided by its parents, not by its message: the {@link Correlator} asks
 * this class only about merge commits.
 */
public final class MergeMessages {

    private static final String MERGED_IN = "Merged in ";
    private static final String[] QUOTED_PREFIXES = {
        "Merge branches ", "Merge branch ", "Merge remote-tracking branches ", "Merge remote-tracking branch ",
        "Merge remote branch ",
    };
    private static final String[] FROM_PREFIXES = {"Merge pull request ", "Merge in "};
    private static final String FROM = " from ";

    private MergeMessages() {
    }

    /** Returns the merged branch names named in the message, in order; empty when there is none. */
    public static List<String> mergedBranches(String message) {
        int[] regions = regions(message);
        List<String> names = new ArrayList<>(regions.length / 2);
        for (int i = 0; i < regions.length; i += 2) {
            names.add(message.substring(regions[i], regions[i + 1]));
        }
        return List.copyOf(names);
    }

    /**
     * Returns where the merged branch names are in the message, as {@code [start0, end0, start1, end1, ...]}.
     */
    static int[] regions(String message) {
        List<Integer> found = new ArrayList<>(2);
        int length = message.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = message.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int at = lineStart;
            while (at < lineEnd && Character.isWhitespace(message.charAt(at))) {
                at++;
            }
            if (at < lineEnd && (message.charAt(at) == 'M' || message.charAt(at) == 'm')) {
                line(message, at, lineEnd, found);
            }
            lineStart = lineEnd + 1;
        }
        int[] regions = new int[found.size()];
        for (int i = 0; i < regions.length; i++) {
            regions[i] = found.get(i);
        }
        return regions;
    }

    private static void line(String message, int at, int lineEnd, List<Integer> found) {
        if (startsWith(message, at, MERGED_IN)) {
            token(message, at + MERGED_IN.length(), lineEnd, found);
            return;
        }
        for (String prefix : QUOTED_PREFIXES) {
            if (startsWith(message, at, prefix)) {
                names(message, at + prefix.length(), lineEnd, found);
                return;
            }
        }
        for (String prefix : FROM_PREFIXES) {
            if (startsWith(message, at, prefix)) {
                int from = indexOfIgnoreCase(message, FROM, at + prefix.length(), lineEnd);
                if (from >= 0) {
                    token(message, from + FROM.length(), lineEnd, found);
                }
                return;
            }
        }
    }

    /** Reads {@code 'a', 'b' and 'c'} up to {@code into}/{@code of}; an unquoted name is one token. */
    private static void names(String message, int at, int lineEnd, List<Integer> found) {
        int pos = skipBlanks(message, at, lineEnd);
        if (pos < lineEnd && message.charAt(pos) != '\'') {
            token(message, pos, lineEnd, found);
            return;
        }
        while (pos < lineEnd && message.charAt(pos) == '\'') {
            int close = message.indexOf('\'', pos + 1);
            if (close < 0 || close > lineEnd) {
                return;
            }
            if (close > pos + 1) {
                found.add(pos + 1);
                found.add(close);
            }
            pos = skipBlanks(message, close + 1, lineEnd);
            if (pos < lineEnd && message.charAt(pos) == ',') {
                pos = skipBlanks(message, pos + 1, lineEnd);
            }
            if (startsWith(message, pos, "and ")) {
                pos = skipBlanks(message, pos + 4, lineEnd);
            }
        }
    }

    private static void token(String message, int at, int lineEnd, List<Integer> found) {
        int start = skipBlanks(message, at, lineEnd);
        int end = start;
        while (end < lineEnd && !Character.isWhitespace(message.charAt(end))) {
            end++;
        }
        if (end > start) {
            found.add(start);
            found.add(end);
        }
    }

    private static int skipBlanks(String message, int at, int lineEnd) {
        int pos = at;
        while (pos < lineEnd && Character.isWhitespace(message.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static boolean startsWith(String message, int at, String prefix) {
        return message.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static int indexOfIgnoreCase(String message, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (message.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
