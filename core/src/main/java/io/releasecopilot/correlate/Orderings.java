package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * Both orders of the distinct commits, computed with one sort. The commits' sort keys are read once into flat
     * objects, with the repository as its rank among the repository names, so that comparing two commits does not
     * compare repository names character by character; the oldest-first order is then derived from the
     * newest-first one without sorting again (within a repository, runs of equal dates are taken in reverse).
     * Together this takes about half the time of sorting with the two composed comparators.
     */
    static final class CommitOrder {
        private final int[] newestFirst;
        private final int[] oldestRank;

        CommitOrder(List<Commit> commits) {
            Map<String, Integer> ranks = new HashMap<>();
            for (Commit commit : commits) {
                ranks.putIfAbsent(commit.repo(), 0);
            }
            String[] names = ranks.keySet().toArray(new String[0]);
            Arrays.sort(names);
            for (int rank = 0; rank < names.length; rank++) {
                ranks.put(names[rank], rank);
            }
            SortKey[] sorted = new SortKey[commits.size()];
            for (int i = 0; i < sorted.length; i++) {
                Commit commit = commits.get(i);
                sorted[i] = new SortKey(ranks.get(commit.repo()), commit, i);
            }
            Arrays.sort(sorted, SortKey::compareNewestFirst);
            newestFirst = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                newestFirst[i] = sorted[i].index;
            }
            oldestRank = oldestRanks(sorted);
        }

        /** Returns the indexes of the commits in {@link #NEWEST_FIRST} order. */
        int[] newestFirst() {
            return newestFirst.clone();
        }

        /** Returns the position of commit {@code index} in {@link #OLDEST_FIRST} order. */
        int oldestRank(int index) {
            return oldestRank[index];
        }

        /**
         * Returns each commit's position in oldest-first order, given the keys in newest-first order: within a
         * repository the dated commits come in runs of one date, newest run first, each run by hash; oldest
         * first takes the same runs in reverse, each still by hash, and the undated commits after them as they are.
         */
        private static int[] oldestRanks(SortKey[] newestFirst) {
            int[] ranks = new int[newestFirst.length];
            int repoStart = 0;
            while (repoStart < newestFirst.length) {
                int repo = newestFirst[repoStart].repo;
                int undated = repoStart;
                while (undated < newestFirst.length && newestFirst[undated].repo == repo && newestFirst[undated].dated) {
                    undated++;
                }
                int repoEnd = undated;
                while (repoEnd < newestFirst.length && newestFirst[repoEnd].repo == repo) {
                    repoEnd++;
                }
                int next = repoStart;
                int runEnd = undated;
                while (runEnd > repoStart) {
                    int runStart = runEnd - 1;
                    while (runStart > repoStart && newestFirst[runStart - 1].sameDate(newestFirst[runEnd - 1])) {
                        runStart--;
                    }
                    for (int i = runStart; i < runEnd; i++) {
                        ranks[newestFirst[i].index] = next++;
                    }
                    runEnd = runStart;
                }
                for (int i = undated; i < repoEnd; i++) {
                    ranks[newestFirst[i].index] = i;
                }
                repoStart = repoEnd;
            }
            return ranks;
        }
    }

    /** A commit's sort key for {@link CommitOrder}. */
    private static final class SortKey {
        private final int repo;
        private final boolean dated;
        private final long seconds;
        private final int nanos;
        private final String hash;
        private final int index;

        SortKey(int repo, Commit commit, int index) {
            this.repo = repo;
            this.dated = commit.date() != null;
            this.seconds = dated ? commit.date().getEpochSecond() : 0;
            this.nanos = dated ? commit.date().getNano() : 0;
            this.hash = commit.hash();
            this.index = index;
        }

        int compareNewestFirst(SortKey other) {
            if (repo != other.repo) {
                return repo < other.repo ? -1 : 1;
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

        boolean sameDate(SortKey other) {
            return dated == other.dated && seconds == other.seconds && nanos == other.nanos;
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
