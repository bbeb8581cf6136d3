package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The orders of a result: stories by project then issue number, commits by repository then date. */
final class Orderings {

    /** Issue keys by project key, then numerically by issue number ({@code ABC-2} before {@code ABC-10}). */
    static final Comparator<String> KEYS = Orderings::compareKeys;

    /** Commits by repository, then date newest first (unknown dates last), then hash. */
    static final Comparator<Commit> NEWEST_FIRST = Comparator.comparing(Commit::repo)
            .thenComparing(Commit::date, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Commit::hash);

    /** Commits by repository, then date oldest first (unknown dates last), then hash. */
    static final Comparator<Commit> OLDEST_FIRST = Comparator.comparing(Commit::repo)
            .thenComparing(Commit::date, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Commit::hash);

    private Orderings() {
    }

    /**
     * Returns the indexes of the commits in {@link #NEWEST_FIRST} order. Faster than sorting with the composed
     * comparator for hundreds of thousands of commits: the keys are read once into flat objects.
     */
    static int[] newestFirst(List<Commit> commits) {
        SortKey[] keys = new SortKey[commits.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new SortKey(commits.get(i), i);
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = keys[i].index;
        }
        return order;
    }

    /** A commit's sort key for {@link #newestFirst}. */
    private static final class SortKey implements Comparable<SortKey> {
        private final String repo;
        private final boolean dated;
        private final long seconds;
        private final int nanos;
        private final String hash;
        private final int index;

        SortKey(Commit commit, int index) {
            this.repo = commit.repo();
            this.dated = commit.date() != null;
            this.seconds = dated ? commit.date().getEpochSecond() : 0;
            this.nanos = dated ? commit.date().getNano() : 0;
            this.hash = commit.hash();
            this.index = index;
        }

        @Override
        public int compareTo(SortKey other) {
            int byRepo = repo.compareTo(other.repo);
            if (byRepo != 0) {
                return byRepo;
            }
            if (dated != other.dated) {
                return dated ? -1 : 1;
            }
            if (seconds != other.seconds) {
                return seconds > other.seconds ? -1 : 1;
            }
            if (nanos != other.nanos) {
                return nanos > other.nanos ? -1 : 1;
            }
            return hash.compareTo(other.hash);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SortKey key && compareTo(key) == 0;
        }

        @Override
        public int hashCode() {
            return hash.hashCode();
        }
    }

    private static int compareKeys(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        if (dashA < 0 || dashB < 0 || !digits(a, dashA + 1) || !digits(b, dashB + 1)) {
            return a.compareTo(b);
        }
        int byProject = compareRegions(a, 0, dashA, b, 0, dashB);
        if (byProject != 0) {
            return byProject;
        }
        int lengthA = a.length() - dashA - 1;
        int lengthB = b.length() - dashB - 1;
        if (lengthA != lengthB) {
            return Integer.compare(lengthA, lengthB);
        }
        return compareRegions(a, dashA + 1, a.length(), b, dashB + 1, b.length());
    }

    private static boolean digits(String text, int from) {
        if (from >= text.length()) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Compares two string regions lexicographically without copying them. */
    private static int compareRegions(String a, int fromA, int toA, String b, int fromB, int toB) {
        int length = Math.min(toA - fromA, toB - fromB);
        for (int i = 0; i < length; i++) {
            int diff = a.charAt(fromA + i) - b.charAt(fromB + i);
            if (diff != 0) {
                return diff;
            }
        }
        return Integer.compare(toA - fromA, toB - fromB);
    }
}
