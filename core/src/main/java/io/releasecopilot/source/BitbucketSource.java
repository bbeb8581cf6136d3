package io.releasecopilot.source;

import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which Bitbucket commits to read: every repository × every branch, minus the history of {@code sinceRef}, or
 * within the date window.
 *
 * @param baseUrl      the API base: {@code https://api.bitbucket.org} for Cloud, the server for Data Center
 * @param flavor       CLOUD (REST 2.0) or DATACENTER (REST 1.0)
 * @param workspace    the Cloud workspace or the Data Center project key
 * @param repos        repository slugs, in the order given, without duplicates
 * @param branches     refs to read in every repository, in the order given, without duplicates
 * @param sinceRef     the previous release ref whose history is left out, or null
 * @param since        the first day (UTC) of the date window, or null
 * @param until        the last day (UTC, inclusive) of the date window, or null
 * @param pullRequests whether merged pull requests are read to link their commits (Cloud only)
 */
public record BitbucketSource(URI baseUrl, SourceFlavor flavor, String workspace, List<String> repos,
        List<String> branches, String sinceRef, LocalDate since, LocalDate until, boolean pullRequests) {

    /** The Bitbucket Cloud API, the default base for Cloud. */
    public static final URI CLOUD_API = URI.create("https://api.bitbucket.org");

    public BitbucketSource {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(flavor, "flavor");
        Objects.requireNonNull(workspace, "workspace");
        repos = List.copyOf(repos);
        branches = List.copyOf(branches);
    }

    /** Returns the web address of a commit without its hash, or null when the web host is unknown. */
    public String commitUrlPrefix(String repo) {
        if (flavor == SourceFlavor.DATACENTER) {
            return ApiUrls.trimSlashes(baseUrl.toString()) + "/projects/" + workspace + "/repos/" + repo + "/commits/";
        }
        return CLOUD_API.getHost().equalsIgnoreCase(baseUrl.getHost())
                ? "https://bitbucket.org/" + workspace + "/" + repo + "/commits/" : null;
    }
}
