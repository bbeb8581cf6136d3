package io.releasecopilot.correlate;

import java.util.List;
import java.util.Objects;

/**
 * A per-commit decision from the user's overrides file.
 *
 * @param hash    a full or abbreviated (at least 7 hex digits) commit hash, lower case
 * @param repo    the repository slug, or {@code null} for any repository
 * @param addKeys issue keys to link, upper case
 * @param exempt  whether the commit is exempt whatever its keys
 * @param reason  why; shown in the report
 */
public record CommitOverride(String hash, String repo, List<String> addKeys, boolean exempt, String reason) {

    public CommitOverride {
        Objects.requireNonNull(hash, "hash");
        addKeys = List.copyOf(addKeys == null ? List.of() : addKeys);
        reason = reason == null ? "" : reason;
    }
}
