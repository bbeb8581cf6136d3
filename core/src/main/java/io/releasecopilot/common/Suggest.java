package io.releasecopilot.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest candidate by edit distance, ignoring case. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * Returns the candidate closest to {@code input} when it is close enough to be a likely typo: at most
     * two edits (or a third of the candidate's length), or one name a prefix of the other ({@code warning}
     * for {@code warn}). Ties go to the earlier candidate.
     */
    public static Optional<String> closest(String input, List<String> candidates) {
        String typed = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String name = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(typed, name);
            boolean prefix = Math.min(typed.length(), name.length()) >= 3
                    && (typed.startsWith(name) || name.startsWith(typed));
            boolean close = distance <= Math.max(2, name.length() / 3) || prefix;
            if (close && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the Levenshtein distance: insertions, deletions and substitutions. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Returns {@code " (did you mean 'x'?)"}, or {@code " (known <what>: a, b, c)"} when nothing is close. */
    public static String hint(String input, List<String> candidates, String what) {
        return closest(input, candidates)
                .map(name -> " (did you mean '" + name + "'?)")
                .orElse(" (known " + what + ": " + String.join(", ", candidates) + ")");
    }
}
