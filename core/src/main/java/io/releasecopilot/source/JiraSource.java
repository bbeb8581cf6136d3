package io.releasecopilot.source;

import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to search Jira.
 *
 * @param site      the site or gateway base ({@code https://acme.atlassian.net},
 *                  {@code https://api.atlassian.com/ex/jira/<cloudId>}); the client appends {@code /rest/api/...}
 * @param flavor    CLOUD ({@code /rest/api/3/search/jql}) or DATACENTER ({@code /rest/api/2/search})
 * @param projects  project keys to restrict the search to, upper case, possibly empty
 * @param extraJql  more JQL to AND with, or null
 * @param browseUrl the base of issue links ({@code https://acme.atlassian.net/browse/}), or null when unknown
 */
public record JiraSource(URI site, SourceFlavor flavor, List<String> projects, String extraJql, String browseUrl) {

    public JiraSource {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(flavor, "flavor");
        projects = List.copyOf(projects);
    }
}
