package io.releasecopilot.model;

import java.util.List;
import java.util.Objects;

/**
 * A repository the audit read commits from.
 *
 * @param name            the repository slug ({@code portal})
 * @param workspace       the Bitbucket Cloud workspace or Data Center project key; may be empty for git
 * @param flavor          where the commits came from
 * @param refs            the refs read, in the order given
 * @param commitUrlPrefix the web address of a commit without the hash
 *                        ({@code https://bitbucket.org/acme/portal/commits/}), or {@code null} when unknown
 */
public record Repository(String name, String workspace, SourceFlavor flavor, List<String> refs, String commitUrlPrefix) {

    public Repository {
        Objects.requireNonNull(name, "name");
        workspace = workspace == null ? "" : workspace;
        refs = List.copyOf(refs == null ? List.of() : refs);
    }

    /** Returns the web address of a commit of this repository, or {@code null} when unknown. */
    public String commitUrl(String hash) {
        return commitUrlPrefix == null ? null : commitUrlPrefix + hash;
    }
}
