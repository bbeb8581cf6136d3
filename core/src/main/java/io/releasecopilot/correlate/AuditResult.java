package io.releasecopilot.correlate;

import io.releasecopilot.model.AuditInput;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The outcome of correlating one fix version: immutable, computed by {@link Correlator}.
 *
 * @param input           what was audited (for repositories, links, sources and warnings)
 * @param settings        the settings in force
 * @param auditedProjects the project keys whose keys count (§4.3), sorted
 * @param stories         the stories, ordered by project then issue number
 * @param commits         the de-duplicated commits, ordered by repository, then date (newest first), then hash
 * @param counts          the key figures
 * @param warnings        problems found while correlating (an override that matched no commit, ...)
 */
public record AuditResult(
        AuditInput input,
        CorrelationSettings settings,
        SortedSet<String> auditedProjects,
        List<StoryResult> stories,
        List<CommitResult> commits,
        AuditCounts counts,
        List<String> warnings) {

    public AuditResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(settings, "settings");
        stories = List.copyOf(stories);
        commits = List.copyOf(commits);
        warnings = List.copyOf(warnings);
    }

    /** Returns the audited fix version. */
    public String fixVersion() {
        return input.fixVersion();
    }
}
