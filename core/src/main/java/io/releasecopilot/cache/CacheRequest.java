package io.releasecopilot.cache;

import io.releasecopilot.model.SourceFlavor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a live fetch asks for, as the {@link CacheWriter} records it in {@code manifest.json}. The writer
 * compares each part with the manifest it finds: an identical request continues or updates the cached entry,
 * a different one starts that entry afresh.
 *
 * @param fixVersion   the audited fix version
 * @param jira         the Jira search
 * @param repositories the repositories, in the order given
 */
public record CacheRequest(String fixVersion, Jira jira, List<Repo> repositories) {

    public CacheRequest {
        Objects.requireNonNull(fixVersion, "fixVersion");
        Objects.requireNonNull(jira, "jira");
        repositories = List.copyOf(repositories);
    }

    /**
     * The Jira search.
     *
     * @param flavor    CLOUD ({@code /rest/api/3/search/jql}) or DATACENTER ({@code /rest/api/2/search})
     * @param baseUrl   the site or gateway base the client appends {@code /rest/api/...} to
     * @param browseUrl the base of issue links ({@code https://acme.atlassian.net/browse/}), or null
     * @param jql       the JQL sent
     */
    public record Jira(SourceFlavor flavor, String baseUrl, String browseUrl, String jql) {

        public Jira {
            Objects.requireNonNull(flavor, "flavor");
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(jql, "jql");
        }
    }

    /**
     * One repository.
     *
     * @param name            the repository slug
     * @param workspace       the Cloud workspace or Data Center project key
     * @param flavor          CLOUD or DATACENTER
     * @param baseUrl         the API base ({@code https://api.bitbucket.org}, or the Data Center server)
     * @param commitUrlPrefix the web address of a commit without its hash, or null
     * @param refs            the refs, in the order given
     * @param pullRequests    whether merged pull requests into the refs are fetched (Cloud only)
     */
    public record Repo(String name, String workspace, SourceFlavor flavor, String baseUrl, String commitUrlPrefix,
            List<Ref> refs, boolean pullRequests) {

        public Repo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(flavor, "flavor");
            Objects.requireNonNull(baseUrl, "baseUrl");
            refs = List.copyOf(refs);
        }

        /** Returns the ref names in order. */
        public List<String> refNames() {
            return refs.stream().map(Ref::ref).toList();
        }
    }

    /**
     * One ref of a repository and its range.
     *
     * @param ref      the branch, tag or commit
     * @param sinceRef the previous release ref whose history is excluded, or null
     * @param since    the first day (UTC) of the date window, or null
     * @param until    the last day (UTC, inclusive) of the date window, or null
     */
    public record Ref(String ref, String sinceRef, LocalDate since, LocalDate until) {

        public Ref {
            Objects.requireNonNull(ref, "ref");
        }
    }
}
