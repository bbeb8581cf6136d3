package io.releasecopilot.source.git;

import io.releasecopilot.common.UsageException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to read from a local clone: one or more refs minus a previous release ({@code git log BRANCH ^SINCE_REF}),
 * or, as the fallback, the refs' commits whose author date lies in a window.
 *
 * <p>Exactly one of {@code sinceRef} and {@code since} is set; {@code until} needs {@code since}.
 *
 * @param gitDir   a work tree (with a {@code .git} directory or file), a {@code .git} directory or a bare repository
 * @param branches the refs to read, as the user gave them ({@code main}, {@code origin/main}, {@code v2.0},
 *                 a hash, {@code HEAD}); at least one
 * @param sinceRef the previous release's ref, whose history is left out, or {@code null} for a date window
 * @param since    the window's first instant (inclusive, author date), or {@code null} with a since-ref
 * @param until    the window's last instant (inclusive), or {@code null} for no upper bound
 * @param repoName the repository name for the report, or {@code null} to take it from the origin remote's
 *                 URL or else the directory name
 */
public record GitRange(Path gitDir, List<String> branches, String sinceRef, Instant since, Instant until,
        String repoName) {

    public GitRange {
        Objects.requireNonNull(gitDir, "gitDir");
        branches = cleanBranches(branches);
        sinceRef = blankToNull(sinceRef);
        repoName = blankToNull(repoName);
        if (sinceRef != null && (since != null || until != null)) {
            throw new UsageException("give either a since-ref (" + sinceRef + ") or since/until dates, not both");
        }
        if (sinceRef == null && since == null) {
            throw new UsageException(until == null
                    ? "a git range needs a since-ref (the previous release) or a since date"
                    : "an until date needs a since date");
        }
        if (since != null && until != null && until.isBefore(since)) {
            throw new UsageException("the until date " + until + " is before the since date " + since);
        }
    }

    /** Returns the range {@code git log BRANCH... ^sinceRef}. */
    public static GitRange sinceRef(Path gitDir, List<String> branches, String sinceRef) {
        return new GitRange(gitDir, branches, sinceRef, null, null, null);
    }

    /** Returns the refs' commits authored from {@code since} to {@code until} ({@code null}: no upper bound). */
    public static GitRange window(Path gitDir, List<String> branches, Instant since, Instant until) {
        return new GitRange(gitDir, branches, null, Objects.requireNonNull(since, "since"), until, null);
    }

    /** Returns this range with the repository name given by the user. */
    public GitRange withRepoName(String name) {
        return new GitRange(gitDir, branches, sinceRef, since, until, name);
    }

    /** Returns whether this is a date window rather than a since-ref range. */
    public boolean isWindow() {
        return sinceRef == null;
    }

    /** Returns {@code ^v1.0} or {@code 2024-01-01T00:00:00Z..} / {@code a..b} for messages. */
    public String describe() {
        return isWindow() ? since + ".." + (until == null ? "" : until) : "^" + sinceRef;
    }

    private static List<String> cleanBranches(List<String> branches) {
        List<String> clean = new ArrayList<>();
        for (String branch : branches == null ? List.<String>of() : branches) {
            String name = blankToNull(branch);
            if (name == null) {
                throw new UsageException("a git branch is empty; give a ref such as main or origin/main");
            }
            if (!clean.contains(name)) {
                clean.add(name);
            }
        }
        if (clean.isEmpty()) {
            throw new UsageException("a git range needs at least one branch (--branch)");
        }
        return List.copyOf(clean);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
