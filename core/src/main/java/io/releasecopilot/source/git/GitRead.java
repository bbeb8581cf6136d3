package io.releasecopilot.source.git;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The commits of one local clone's range.
 *
 * @param repository the repository read (flavor {@code GIT}, the refs as given, a commit URL prefix when the
 *                   origin remote is on Bitbucket)
 * @param commits    one commit per (ref, commit), in each ref's walk order (newest first, roughly), refs in the
 *                   order given; the same commit appears once per ref it was read from
 * @param warnings   problems that did not stop reading (a since-ref that is not an ancestor, an empty range)
 */
public record GitRead(Repository repository, List<Commit> commits, List<String> warnings) {

    public GitRead {
        Objects.requireNonNull(repository, "repository");
        commits = List.copyOf(commits);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns {@code cached} (the Jira side read from the cache) with its commits, repositories and pull requests
     * replaced by this clone's: a source line {@code git <repo>: N commits} and this read's warnings are added.
     */
    public AuditInput replaceCommitsOf(AuditInput cached) {
        List<String> sources = new ArrayList<>(cached.sources());
        sources.add("git " + repository.name() + ": " + commits.size() + " commits");
        List<String> allWarnings = new ArrayList<>(cached.warnings());
        allWarnings.addAll(warnings);
        return new AuditInput(cached.fixVersion(), cached.jiraBrowseUrl(), cached.stories(), commits,
                List.of(repository), List.of(), sources, allWarnings, cached.incomplete());
    }
}
