package io.releasecopilot.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a source (a cache, the live APIs, a git clone) hands to the correlation.
 *
 * @param fixVersion     the audited fix version name
 * @param jiraBrowseUrl  the base for issue links: {@code <site>/browse/} (a key is appended), or {@code null}
 * @param stories        the issues of the fix version
 * @param commits        commits per (repository, ref); the same commit may appear once per ref
 * @param repositories   the repositories read
 * @param pullRequests   merged pull requests, empty unless fetched
 * @param sources        human-readable descriptions of what was read (files, URLs), for the report
 * @param warnings       problems that did not stop reading, for the report
 * @param incomplete     the fetches whose last page never arrived (an interrupted live fetch), one line each;
 *                       empty when the data is complete. The gate fails on incomplete data unless allowed
 */
public record AuditInput(
        String fixVersion,
        String jiraBrowseUrl,
        List<Story> stories,
        List<Commit> commits,
        List<Repository> repositories,
        List<PullRequest> pullRequests,
        List<String> sources,
        List<String> warnings,
        List<String> incomplete) {

    public AuditInput {
        Objects.requireNonNull(fixVersion, "fixVersion");
        stories = List.copyOf(stories);
        commits = List.copyOf(commits);
        repositories = List.copyOf(repositories);
        pullRequests = List.copyOf(pullRequests == null ? List.of() : pullRequests);
        sources = List.copyOf(sources == null ? List.of() : sources);
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        incomplete = List.copyOf(incomplete == null ? List.of() : incomplete);
    }

    /** Returns an input whose data is complete. */
    public AuditInput(String fixVersion, String jiraBrowseUrl, List<Story> stories, List<Commit> commits,
            List<Repository> repositories, List<PullRequest> pullRequests, List<String> sources,
            List<String> warnings) {
        this(fixVersion, jiraBrowseUrl, stories, commits, repositories, pullRequests, sources, warnings, List.of());
    }

    /** Returns the web address of an issue, or {@code null} when the Jira site is unknown. */
    public String issueUrl(String key) {
        return jiraBrowseUrl == null ? null : jiraBrowseUrl + key;
    }
}
