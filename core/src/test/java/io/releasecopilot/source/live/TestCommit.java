package io.releasecopilot.source.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A commit the fake servers serve.
 *
 * @param hash    40 hex digits
 * @param date    the author date, or null to leave {@code date} out
 * @param message the message, or null for a JSON null
 * @param author  the author's name
 * @param email   the author's e-mail
 * @param linked  whether the e-mail is linked to a user (Cloud {@code author.user}, Data Center user fields)
 * @param parents parent hashes
 */
record TestCommit(String hash, Instant date, String message, String author, String email, boolean linked,
        List<String> parents) {

    /** Returns {@code count} commits of a linear history, newest first, one minute apart. */
    static List<TestCommit> history(String seed, int count, Instant newest) {
        return history(seed, count, newest, java.time.Duration.ofMinutes(1));
    }

    /** Returns {@code count} commits of a linear history, newest first, {@code step} apart. */
    static List<TestCommit> history(String seed, int count, Instant newest, java.time.Duration step) {
        List<TestCommit> commits = new ArrayList<>(count);
        String[] hashes = new String[count + 1];
        for (int i = 0; i <= count; i++) {
            hashes[i] = sha1(seed + ":" + i);
        }
        for (int i = 0; i < count; i++) {
            boolean linked = i % 3 != 0;
            commits.add(new TestCommit(hashes[i], newest.minus(step.multipliedBy(i)),
                    "ABC-" + (i % 40 + 1) + " change " + i + " of " + seed + "\n\n* detail line\n* another",
                    "Dev " + (i % 7), "dev" + (i % 7) + "@example.com", linked, List.of(hashes[i + 1])));
        }
        return commits;
    }

    /** Returns {@code newer} followed by {@code older}, the oldest of {@code newer} parented on the head of {@code older}. */
    static List<TestCommit> on(List<TestCommit> newer, List<TestCommit> older) {
        List<TestCommit> all = new ArrayList<>(newer.size() + older.size());
        for (int i = 0; i < newer.size(); i++) {
            TestCommit c = newer.get(i);
            if (i == newer.size() - 1 && !older.isEmpty()) {
                c = new TestCommit(c.hash(), c.date(), c.message(), c.author(), c.email(), c.linked(),
                        List.of(older.get(0).hash()));
            }
            all.add(c);
        }
        all.addAll(older);
        return all;
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
