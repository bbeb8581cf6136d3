package io.releasecopilot.correlate;

import java.util.List;
import java.util.Set;

/**
 * The settings in force for one correlation; the report states them.
 *
 * @param extraProjects     project keys audited besides those of the version's issues
 * @param exemptions        configured exemptions, empty by default
 * @param overrides         per-commit overrides, empty by default
 * @param overridesFile     where the overrides came from, or {@code null}
 * @param ignoredIssueTypes issue type names (case-insensitive) left out of the stories; their keys still link
 */
public record CorrelationSettings(
        Set<String> extraProjects,
        List<Exemption> exemptions,
        List<CommitOverride> overrides,
        String overridesFile,
        Set<String> ignoredIssueTypes) {

    public CorrelationSettings {
        extraProjects = Set.copyOf(extraProjects == null ? Set.of() : extraProjects);
        exemptions = List.copyOf(exemptions == null ? List.of() : exemptions);
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
        ignoredIssueTypes = Set.copyOf(ignoredIssueTypes == null ? Set.of() : ignoredIssueTypes);
    }

    /** Returns the settings of a plain audit: no extra projects, exemptions or overrides. */
    public static CorrelationSettings defaults() {
        return new CorrelationSettings(Set.of(), List.of(), List.of(), null, Set.of());
    }
}
