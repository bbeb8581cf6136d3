package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * De-duplicates commits by (repository, hash) (README.md, correlation rule 1): the same commit read from several refs
 * becomes one commit whose branches are the union of theirs, in first-seen order. The first reading of a
 * commit supplies every other field.
 */
final class CommitSet {

    private CommitSet() {
    }

    /** Returns the distinct commits in first-seen order; input commits are not changed. */
    static List<Commit> distinct(List<Commit> commits) {
        // Keyed by hash alone: one lookup per commit. The same hash in another repository (a fork or mirror)
        // is rare and goes to a second map keyed by repository and hash.
        Map<String, Integer> byHash = new HashMap<>(commits.size() * 4 / 3 + 16);
        Map<String, Integer> otherRepos = new HashMap<>();
        List<Commit> distinct = new ArrayList<>(commits.size());
        Map<Integer, List<String>> unitedBranches = new HashMap<>();
        for (Commit commit : commits) {
            Integer seen = byHash.putIfAbsent(commit.hash(), distinct.size());
            if (seen != null && !distinct.get(seen).repo().equals(commit.repo())) {
                seen = otherRepos.putIfAbsent(commit.repo() + '\n' + commit.hash(), distinct.size());
            }
            if (seen == null) {
                distinct.add(commit);
                continue;
            }
            List<String> branches = unitedBranches.computeIfAbsent(seen,
                    index -> new ArrayList<>(distinct.get(index).branches()));
            for (String branch : commit.branches()) {
                if (!branches.contains(branch)) {
                    branches.add(branch);
                }
            }
        }
        unitedBranches.forEach((index, branches) -> {
            if (branches.size() > distinct.get(index).branches().size()) {
                distinct.set(index, distinct.get(index).withBranches(branches));
            }
        });
        return distinct;
    }
}
