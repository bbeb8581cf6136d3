package io.releasecopilot.correlate;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.IssueKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies the user's overrides to the distinct commits (README.md, correlation rule 7).
 *
 * <ul>
 * <li>An override's hash is a prefix (7 to 40 hex digits, any case) of commit hashes, within its repository
 *     when it names one.</li>
 * <li>An override that matches no commit is reported in the warnings and otherwise ignored.</li>
 * <li>An override that matches several commits is applied to all of them. When they are the same commit in
 *     several repositories (a fork or mirror) that is silent; when the prefix matches different commits it is
 *     warned about, naming them, so the user can give a longer hash or a repository.</li>
 * <li>Several overrides of one commit add up: the union of their keys, exempt if any is, their reasons joined
 *     with {@code "; "} (only those of exempting overrides when the commit is exempt).</li>
 * <li>A key to add whose project is not audited is ignored like any such key (§4.3), with a warning.</li>
 * </ul>
 */
final class OverrideMatches {

    /** The overrides of one commit, added up. */
    record Applied(List<String> addKeys, boolean exempt, String reason) {
    }

    private final Map<Integer, Applied> byCommit;

    private OverrideMatches(Map<Integer, Applied> byCommit) {
        this.byCommit = byCommit;
    }

    /** Returns the overrides of commit {@code index} added up, or {@code null} when none applies. */
    Applied get(int index) {
        return byCommit.get(index);
    }

    /**
     * Matches the overrides to the commits.
     *
     * @throws UsageException when an override's hash is not 7 to 40 hex digits
     */
    static OverrideMatches match(List<Commit> commits, List<CommitOverride> overrides, Set<String> auditedProjects,
            List<String> warnings) {
        if (overrides.isEmpty()) {
            return new OverrideMatches(Map.of());
        }
        List<String> hashes = new ArrayList<>(overrides.size());
        for (CommitOverride override : overrides) {
            hashes.add(checkedHash(override));
        }
        HashIndex index = HashIndex.of(commits, hashes);
        Map<Integer, List<CommitOverride>> matched = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            CommitOverride override = overrides.get(i);
            String repo = override.repo() == null || override.repo().isBlank() ? null : override.repo().strip();
            List<Integer> found = index.find(repo, hashes.get(i));
            String name = "override " + override.hash() + (repo == null ? "" : " (repo " + repo + ")");
            if (found.isEmpty()) {
                warnings.add(name + " matches no commit in range; ignored");
                continue;
            }
            Set<String> distinctHashes = new TreeSet<>();
            Set<String> where = new TreeSet<>();
            for (int commit : found) {
                matched.computeIfAbsent(commit, c -> new ArrayList<>(1)).add(override);
                distinctHashes.add(commits.get(commit).hash());
                where.add(commits.get(commit).repo() + " " + commits.get(commit).hash());
            }
            if (distinctHashes.size() > 1) {
                warnings.add(name + " matches " + distinctHashes.size() + " different commits (" + String.join(", ", where)
                        + "); applied to all of them: give a longer hash or a repo");
            }
            for (String key : override.addKeys()) {
                if (!auditedProjects.contains(IssueKeys.projectOf(key.strip().toUpperCase(Locale.ROOT)))) {
                    warnings.add(name + " adds " + key + ", which is not of an audited project; ignored");
                }
            }
        }
        Map<Integer, Applied> byCommit = new HashMap<>();
        matched.forEach((commit, list) -> byCommit.put(commit, addUp(list)));
        return new OverrideMatches(byCommit);
    }

    private static String checkedHash(CommitOverride override) {
        String hash = override.hash().strip().toLowerCase(Locale.ROOT);
        if (!HashIndex.isHash(hash)) {
            throw new UsageException("override '" + override.hash() + "': commit must be 7 to 40 hex digits");
        }
        return hash;
    }

    private static Applied addUp(List<CommitOverride> overrides) {
        Set<String> keys = new LinkedHashSet<>();
        boolean exempt = false;
        for (CommitOverride override : overrides) {
            override.addKeys().forEach(key -> keys.add(key.strip().toUpperCase(Locale.ROOT)));
            exempt |= override.exempt();
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (CommitOverride override : overrides) {
            if ((override.exempt() || !exempt) && !override.reason().isBlank()) {
                reasons.add(override.reason().strip());
            }
        }
        return new Applied(List.copyOf(keys), exempt, reasons.isEmpty() ? null : String.join("; ", reasons));
    }
}
