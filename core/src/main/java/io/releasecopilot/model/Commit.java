package io.releasecopilot.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One commit of one repository as a source reported it.
 *
 * <p>Sources emit one {@code Commit} per (repository, ref) they read; the correlation de-duplicates by
 * (repository, hash) and unites the branches.
 *
 * @param repo        the repository slug ({@code portal})
 * @param hash        the full commit hash, lower case
 * @param date        the author date (Bitbucket Cloud {@code date}, Data Center {@code authorTimestamp}),
 *                    or {@code null} when unknown
 * @param author      the author's display name (or the name part of {@code Name <mail>} when no user is linked)
 * @param authorEmail the author's e-mail address, or {@code null}
 * @param message     the full commit message, untrusted text; never {@code null}
 * @param branches    the refs this commit was read from
 * @param parentCount the number of parents; more than one makes a merge commit
 */
public record Commit(
        String repo,
        String hash,
        Instant date,
        String author,
        String authorEmail,
        String message,
        List<String> branches,
        int parentCount) {

    public Commit {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(hash, "hash");
        author = author == null ? "" : author;
        message = message == null ? "" : message;
        branches = List.copyOf(branches == null ? List.of() : branches);
    }

    /** Returns whether this is a merge commit (two or more parents). */
    public boolean merge() {
        return parentCount > 1;
    }

    /** Returns the first line of the message. */
    public String subject() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** Returns the same commit as read from other refs too. */
    public Commit withBranches(List<String> allBranches) {
        return new Commit(repo, hash, date, author, authorEmail, message, allBranches, parentCount);
    }
}
