package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.source.git.GitRange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns the range parameters into the core's {@link GitRange} for a clone in the workspace, as {@code --git-dir}
 * does: {@code branches} (default {@code HEAD}, the commit the build checked out) minus {@code sinceRef}, or the
 * commits authored from {@code since} to {@code until}. With one repository in {@code repos}, that is the name the
 * report gives the clone.
 */
final class GitRanges {

    private GitRanges() {
    }

    /** Returns the range to read from the clone at {@code gitDir}. */
    static GitRange of(StepOptions o, Path gitDir) {
        List<String> branches = ListParameters.of(o.branches);
        String sinceRef = StepOptions.clean(o.sinceRef);
        String since = StepOptions.clean(o.since);
        String until = StepOptions.clean(o.until);
        if (sinceRef == null && since == null) {
            throw new UsageException("local git (" + gitDir + ") needs sinceRef (the previous release's tag or"
                    + " branch) or since (a date): the commits of this release are those after it");
        }
        // The core checks the combination (a since-ref or dates, not both; until after since).
        GitRange range = new GitRange(gitDir, branches.isEmpty() ? List.of("HEAD") : branches, sinceRef,
                since == null ? null : instant("since", since, false),
                until == null ? null : instant("until", until, true), null);
        List<String> repos = ListParameters.of(o.repos);
        return repos.size() == 1 ? range.withRepoName(repos.get(0)) : range;
    }

    /** Reads {@code YYYY-MM-DD} (a whole UTC day: its start, or its end for {@code until}) or an ISO instant. */
    static Instant instant(String parameter, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                Instant start = (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
                return endOfDay ? start.minusNanos(1) : start;
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(parameter + ": '" + value + "' is not a date (YYYY-MM-DD) or an ISO-8601 instant");
        }
    }
}
