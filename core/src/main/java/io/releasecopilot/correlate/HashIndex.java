package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds commits by full or abbreviated hash. Only the abbreviations asked for are indexed, so a run with few
 * reverts and overrides does not index millions of hashes.
 */
final class HashIndex {

    /** The shortest abbreviation accepted, as git's default. */
    static final int MIN_ABBREVIATION = 7;

    private final List<Commit> commits;
    private final Map<String, List<Integer>> byPrefix;

    private HashIndex(List<Commit> commits, Map<String, List<Integer>> byPrefix) {
        this.commits = commits;
        this.byPrefix = byPrefix;
    }

    /**
     * Indexes the commits whose hash starts like one of the wanted hashes.
     *
     * @param commits the distinct commits
     * @param wanted  lower-case hashes of at least {@link #MIN_ABBREVIATION} characters that will be looked up
     */
    static HashIndex of(List<Commit> commits, Collection<String> wanted) {
        Set<String> prefixes = new HashSet<>();
        for (String hash : wanted) {
            prefixes.add(hash.substring(0, MIN_ABBREVIATION));
        }
        Map<String, List<Integer>> byPrefix = new HashMap<>();
        if (!prefixes.isEmpty()) {
            for (int i = 0; i < commits.size(); i++) {
                String hash = commits.get(i).hash();
                if (hash.length() >= MIN_ABBREVIATION) {
                    String prefix = hash.substring(0, MIN_ABBREVIATION);
                    if (prefixes.contains(prefix)) {
                        byPrefix.computeIfAbsent(prefix, p -> new ArrayList<>(1)).add(i);
                    }
                }
            }
        }
        return new HashIndex(commits, byPrefix);
    }

    /** Returns whether {@code c} is an ASCII hex digit, either case. */
    static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Returns whether the text is a full or abbreviated commit hash: 7 to 40 hex digits. */
    static boolean isHash(String text) {
        if (text.length() < MIN_ABBREVIATION || text.length() > 40) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the indexes of the commits whose hash starts with {@code hash}.
     *
     * @param repo the repository, or {@code null} for any
     * @param hash a wanted hash given to {@link #of}
     */
    List<Integer> find(String repo, String hash) {
        List<Integer> candidates = byPrefix.get(hash.substring(0, MIN_ABBREVIATION));
        if (candidates == null) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>(1);
        for (int index : candidates) {
            Commit commit = commits.get(index);
            if ((repo == null || repo.equals(commit.repo())) && commit.hash().startsWith(hash)) {
                found.add(index);
            }
        }
        return found;
    }
}
