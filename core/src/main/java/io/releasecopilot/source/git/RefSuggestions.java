package io.releasecopilot.source.git;

import io.releasecopilot.common.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Similar refs" for a ref that was not found: names within a few edits of what was typed, or that start with
 * it (or it with them). A remote-tracking name ({@code origin/release/2.0}) is also compared without its
 * remote, so {@code relase/2.0} finds it.
 */
final class RefSuggestions {

    static final int MAX = 5;

    private RefSuggestions() {
    }

    /**
     * Returns up to {@link #MAX} of {@code names}, closest first (ties by name).
     *
     * @param remotes the remote names, whose prefix ({@code origin/}) is also ignored when comparing
     */
    static List<String> similar(String typed, List<String> names, Set<String> remotes) {
        String input = typed.toLowerCase(Locale.ROOT);
        Map<String, Integer> close = new LinkedHashMap<>();
        for (String name : names) {
            int distance = Math.min(score(input, name), score(input, withoutRemote(name, remotes)));
            if (distance < Integer.MAX_VALUE) {
                close.merge(name, distance, Math::min);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(close.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(MAX).map(Map.Entry::getKey).toList();
    }

    /** Returns the edit distance when {@code name} is close to {@code input}, else {@code MAX_VALUE}. */
    private static int score(String input, String name) {
        String candidate = name.toLowerCase(Locale.ROOT);
        int distance = Suggest.distance(input, candidate);
        boolean prefix = Math.min(input.length(), candidate.length()) >= 3
                && (input.startsWith(candidate) || candidate.startsWith(input));
        return distance <= Math.max(2, candidate.length() / 3) || prefix ? distance : Integer.MAX_VALUE;
    }

    private static String withoutRemote(String name, Set<String> remotes) {
        int slash = name.indexOf('/');
        return slash > 0 && remotes.contains(name.substring(0, slash)) ? name.substring(slash + 1) : name;
    }
}
