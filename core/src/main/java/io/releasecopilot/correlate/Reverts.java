package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds reverts among the distinct commits (README.md, correlation rule 5).
 *
 * <ul>
 * <li>A message line {@code This reverts commit <hash>} (full or at least 7 hex digits) names its target by
 *     hash prefix within the same repository. When a message names several, each is a target; the first one
 *     in range is reported as {@code reverts}.</li>
 * <li>Without such a line, a subject {@code Revert "<subject>"} names the most recent commit of the same
 *     repository before it (by date, ties by input order; unknown dates count as earliest) whose subject is
 *     exactly {@code <subject>}. {@code Reapply "<subject>"} (git 2.43+) names a {@code Revert "<subject>"}.
 *     When a hash line is present the hash is authoritative and the subject is not used.</li>
 * <li>A revert and its target are both marked reverted. A revert whose target is not in range marks nothing
 *     and raises no warning: reverting something older than the release is common.</li>
 * <li>Revert of a revert: when a revert is itself reverted (a "reapply"), the original commit's change is
 *     back, so the original is not reverted; the two reverts cancel each other and are both marked. With an
 *     odd number of reverts in the chain the original is reverted.</li>
 * <li>An abbreviation that matches several commits of the repository marks nothing and is warned about.</li>
 * </ul>
 * Only messages that contain {@code revert} (any case) or start with {@code Reapply "} are examined further.
 */
final class Reverts {

    private static final int NONE = -1;
    private static final int MAX_CHAIN = 64;
    private static final String HASH_LINE = "reverts commit";

    private final boolean[] reverted;
    private final int[] revertedBy;
    private final int[] reverts;

    private Reverts(boolean[] reverted, int[] revertedBy, int[] reverts) {
        this.reverted = reverted;
        this.revertedBy = revertedBy;
        this.reverts = reverts;
    }

    /** Returns whether commit {@code index} is reverted or is a revert of a commit in range. */
    boolean reverted(int index) {
        return reverted[index];
    }

    /** Returns the index of the first commit that reverts commit {@code index}, or -1. */
    int revertedBy(int index) {
        return revertedBy[index];
    }

    /** Returns the index of the commit that commit {@code index} reverts, or -1. */
    int reverts(int index) {
        return reverts[index];
    }

    /**
     * Finds the reverts among the distinct commits.
     *
     * @param commits  the distinct commits, in input order
     * @param warnings receives a line per ambiguous abbreviation
     */
    static Reverts find(List<Commit> commits, List<String> warnings) {
        int size = commits.size();
        int[] revertedBy = new int[size];
        int[] reverts = new int[size];
        Arrays.fill(revertedBy, NONE);
        Arrays.fill(reverts, NONE);

        Map<Integer, List<String>> byHash = new HashMap<>();
        Map<Integer, String> bySubject = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String message = commits.get(i).message();
            if (!containsIgnoreCase(message, "revert", 0) && !message.startsWith("Reapply \"")) {
                continue;
            }
            List<String> hashes = revertedHashes(message);
            if (!hashes.isEmpty()) {
                byHash.put(i, hashes);
            } else {
                String target = targetSubject(commits.get(i).subject());
                if (target != null) {
                    bySubject.put(i, target);
                }
            }
        }
        if (byHash.isEmpty() && bySubject.isEmpty()) {
            return new Reverts(new boolean[size], revertedBy, reverts);
        }
        List<String> wanted = new ArrayList<>();
        byHash.values().forEach(wanted::addAll);
        HashIndex index = HashIndex.of(commits, wanted);
        byHash.keySet().stream().sorted().forEach(revert -> {
            Commit commit = commits.get(revert);
            for (String hash : byHash.get(revert)) {
                List<Integer> targets = new ArrayList<>(index.find(commit.repo(), hash));
                targets.remove(Integer.valueOf(revert));
                if (targets.size() == 1) {
                    pair(revert, targets.get(0), revertedBy, reverts);
                } else if (targets.size() > 1) {
                    warnings.add("revert " + commit.hash() + " in " + commit.repo() + " names commit " + hash
                            + ", which matches " + targets.size() + " commits; not marked as reverted");
                }
            }
        });
        matchSubjects(commits, bySubject, revertedBy, reverts);
        return new Reverts(mark(revertedBy, reverts), revertedBy, reverts);
    }

    private static void pair(int revert, int target, int[] revertedBy, int[] reverts) {
        if (revertedBy[target] == NONE) {
            revertedBy[target] = revert;
        }
        if (reverts[revert] == NONE) {
            reverts[revert] = target;
        }
    }

    private static void matchSubjects(List<Commit> commits, Map<Integer, String> bySubject, int[] revertedBy,
            int[] reverts) {
        if (bySubject.isEmpty()) {
            return;
        }
        Set<String> repos = new HashSet<>();
        Set<String> subjects = new HashSet<>(bySubject.values());
        bySubject.keySet().forEach(i -> repos.add(commits.get(i).repo()));
        Map<String, List<Integer>> candidates = new HashMap<>();
        for (int i = 0; i < commits.size(); i++) {
            Commit commit = commits.get(i);
            if (repos.contains(commit.repo())) {
                String subject = commit.subject();
                if (subjects.contains(subject)) {
                    candidates.computeIfAbsent(commit.repo() + '\n' + subject, k -> new ArrayList<>()).add(i);
                }
            }
        }
        bySubject.keySet().stream().sorted().forEach(revert -> {
            Commit commit = commits.get(revert);
            int best = NONE;
            for (int candidate : candidates.getOrDefault(commit.repo() + '\n' + bySubject.get(revert), List.of())) {
                if (before(commits, candidate, revert) && (best == NONE || before(commits, best, candidate))) {
                    best = candidate;
                }
            }
            if (best != NONE) {
                pair(revert, best, revertedBy, reverts);
            }
        });
    }

    /** Returns whether commit {@code a} is earlier than commit {@code b}: by date, then by input order. */
    private static boolean before(List<Commit> commits, int a, int b) {
        Instant dateA = commits.get(a).date();
        Instant dateB = commits.get(b).date();
        int byDate = (dateA == null ? Instant.MIN : dateA).compareTo(dateB == null ? Instant.MIN : dateB);
        return byDate < 0 || byDate == 0 && a < b;
    }

    /** Marks reverts with a target in range, and targets whose chain of reverts has odd length. */
    private static boolean[] mark(int[] revertedBy, int[] reverts) {
        boolean[] reverted = new boolean[revertedBy.length];
        for (int i = 0; i < reverted.length; i++) {
            if (reverts[i] != NONE) {
                reverted[i] = true;
            } else if (revertedBy[i] != NONE) {
                int chain = 0;
                for (int at = revertedBy[i]; at != NONE && chain < MAX_CHAIN; at = revertedBy[at]) {
                    chain++;
                }
                reverted[i] = chain % 2 == 1 || chain == MAX_CHAIN;
            }
        }
        return reverted;
    }

    /** Returns the lower-case hashes named by {@code reverts commit <hash>} in the message, in order. */
    static List<String> revertedHashes(String message) {
        List<String> hashes = List.of();
        int at = containsIgnoreCaseAt(message, HASH_LINE, 0);
        while (at >= 0) {
            int start = at + HASH_LINE.length();
            while (start < message.length() && message.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            while (end < message.length() && HashIndex.isHexDigit(message.charAt(end))) {
                end++;
            }
            boolean delimited = end == message.length() || !Character.isLetterOrDigit(message.charAt(end));
            if (end - start >= HashIndex.MIN_ABBREVIATION && end - start <= 40 && delimited) {
                if (hashes.isEmpty()) {
                    hashes = new ArrayList<>(1);
                }
                hashes.add(message.substring(start, end).toLowerCase(Locale.ROOT));
            }
            at = containsIgnoreCaseAt(message, HASH_LINE, end);
        }
        return hashes;
    }

    /** Returns the subject a {@code Revert "..."} or {@code Reapply "..."} subject refers to, or {@code null}. */
    static String targetSubject(String subject) {
        if (subject.length() > "Revert \"\"".length() && subject.startsWith("Revert \"") && subject.endsWith("\"")) {
            return subject.substring("Revert \"".length(), subject.length() - 1);
        }
        if (subject.length() > "Reapply \"\"".length() && subject.startsWith("Reapply \"") && subject.endsWith("\"")) {
            return "Revert " + subject.substring("Reapply ".length());
        }
        return null;
    }

    private static boolean containsIgnoreCase(String text, String needle, int from) {
        return containsIgnoreCaseAt(text, needle, from) >= 0;
    }

    private static int containsIgnoreCaseAt(String text, String needle, int from) {
        char lower = needle.charAt(0);
        char upper = Character.toUpperCase(lower);
        int last = text.length() - needle.length();
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
