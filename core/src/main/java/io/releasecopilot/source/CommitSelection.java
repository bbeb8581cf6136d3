package io.releasecopilot.source;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which repositories and refs of a cache an offline audit reads ({@code --repo}, {@code --branch}); an empty list
 * selects all of them.
 *
 * @param repos    repository slugs
 * @param branches ref names
 */
public record CommitSelection(List<String> repos, List<String> branches) {

    public CommitSelection {
        repos = List.copyOf(repos);
        branches = List.copyOf(branches);
    }

    /** Returns whether everything is selected. */
    public boolean all() {
        return repos.isEmpty() && branches.isEmpty();
    }

    /**
     * Keeps the selected repositories and refs of what a cache holds; a commit read from several refs keeps only
     * the selected ones.
     *
     * @throws UsageException naming a repository or ref the input does not hold, and what it holds
     */
    public AuditInput apply(AuditInput input) {
        if (all()) {
            return input;
        }
        Set<String> heldRepos = new LinkedHashSet<>();
        Set<String> heldRefs = new LinkedHashSet<>();
        for (Repository repository : input.repositories()) {
            heldRepos.add(repository.name());
            if (repos.isEmpty() || repos.contains(repository.name())) {
                heldRefs.addAll(repository.refs());
            }
        }
        for (String repo : repos) {
            if (!heldRepos.contains(repo)) {
                throw new UsageException("--repo " + repo + ": the cache holds no such repository (it holds "
                        + listed(heldRepos) + ")");
            }
        }
        for (String branch : branches) {
            if (!heldRefs.contains(branch)) {
                throw new UsageException("--branch " + branch + ": no selected repository of the cache holds this ref"
                        + " (they hold " + listed(heldRefs) + ")");
            }
        }
        List<Repository> repositories = new ArrayList<>();
        for (Repository repository : input.repositories()) {
            if (repos.isEmpty() || repos.contains(repository.name())) {
                List<String> refs = selectedRefs(repository.refs());
                if (!refs.isEmpty()) {
                    repositories.add(new Repository(repository.name(), repository.workspace(), repository.flavor(),
                            refs, repository.commitUrlPrefix()));
                }
            }
        }
        List<Commit> commits = new ArrayList<>();
        for (Commit commit : input.commits()) {
            if (repos.isEmpty() || repos.contains(commit.repo())) {
                List<String> refs = selectedRefs(commit.branches());
                if (!refs.isEmpty()) {
                    commits.add(refs.size() == commit.branches().size() ? commit : commit.withBranches(refs));
                }
            }
        }
        List<String> sources = new ArrayList<>(input.sources());
        sources.add("selected " + describe());
        return new AuditInput(input.fixVersion(), input.jiraBrowseUrl(), input.stories(), commits, repositories,
                input.pullRequests().stream().filter(pr -> repos.isEmpty() || repos.contains(pr.repo())).toList(),
                sources, input.warnings());
    }

    /** Returns the selection as flags: {@code --repo portal --branch main}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        repos.forEach(repo -> parts.add("--repo " + repo));
        branches.forEach(branch -> parts.add("--branch " + branch));
        return String.join(" ", parts);
    }

    private List<String> selectedRefs(List<String> refs) {
        return branches.isEmpty() ? refs : refs.stream().filter(branches::contains).toList();
    }

    private static String listed(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
