package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.util.List;
import java.util.Objects;

/**
 * A de-duplicated commit with its category.
 *
 * @param commit          the commit; {@code branches} holds every ref it was read from
 * @param category        its category
 * @param links           keys of issues in the version, one per key, with the first source that gave it
 * @param outOfScopeKeys  keys of audited projects that are not in the version, one per key
 * @param reverted        whether a revert in range undoes this commit, or this commit is such a revert
 * @param revertedBy      the hash of the commit that reverts this one, or {@code null}
 * @param reverts         the hash of the commit this one reverts, or {@code null}
 * @param reason          why the commit is exempt, or the override's reason; {@code null} otherwise
 */
public record CommitResult(
        Commit commit,
        CommitCategory category,
        List<Link> links,
        List<Link> outOfScopeKeys,
        boolean reverted,
        String revertedBy,
        String reverts,
        String reason) {

    public CommitResult {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(category, "category");
        links = List.copyOf(links);
        outOfScopeKeys = List.copyOf(outOfScopeKeys);
    }
}
