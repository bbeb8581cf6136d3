package io.releasecopilot.correlate;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.PullRequest;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small builders for correlation tests. */
final class Fixtures {

    static final Instant DAY_0 = Instant.parse("2025-09-01T10:00:00Z");

    private Fixtures() {
    }

    static Story story(String key) {
        return story(key, "Story");
    }

    static Story story(String key, String type) {
        return new Story(key, "Summary of " + key, "In Progress", "indeterminate", type, false, null, null,
                List.of(), List.of(), List.of("1.0"), null, null);
    }

    static Story subtask(String key, String parent) {
        return new Story(key, "Sub-task " + key, "Done", "done", "Sub-task", true, parent, null,
                List.of(), List.of(), List.of("1.0"), null, null);
    }

    /** Returns a 40-digit hash that starts with the given hex digits. */
    static String hash(String start) {
        return (start + "0".repeat(40)).substring(0, 40);
    }

    static Commit commit(String repo, String hashStart, int day, String message) {
        return new Commit(repo, hash(hashStart), DAY_0.plusSeconds(day * 86_400L), "Dev", "dev@acme.test", message,
                List.of("develop"), 1);
    }

    static Commit merge(String repo, String hashStart, int day, String message) {
        return new Commit(repo, hash(hashStart), DAY_0.plusSeconds(day * 86_400L), "Dev", "dev@acme.test", message,
                List.of("develop"), 2);
    }

    static Commit onBranch(Commit commit, String branch) {
        return commit.withBranches(List.of(branch));
    }

    static PullRequest pullRequest(String repo, long id, String title, String branch, String... hashes) {
        return new PullRequest(repo, id, title, branch, "develop", List.of(hashes));
    }

    static AuditInput input(List<Story> stories, List<Commit> commits) {
        return input(stories, commits, List.of());
    }

    static AuditInput input(List<Story> stories, List<Commit> commits, List<PullRequest> pullRequests) {
        return new AuditInput("1.0", "https://acme.atlassian.net/browse/", stories, commits,
                List.of(new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("develop"), null)),
                pullRequests, List.of(), List.of());
    }

    static CorrelationSettings settings() {
        return CorrelationSettings.defaults();
    }

    static CorrelationSettings withExemptions(Exemption... exemptions) {
        return new CorrelationSettings(Set.of(), List.of(exemptions), List.of(), null, Set.of());
    }

    static CorrelationSettings withOverrides(CommitOverride... overrides) {
        return new CorrelationSettings(Set.of(), List.of(), List.of(overrides), "overrides.yml", Set.of());
    }

    static CommitResult commitResult(AuditResult result, String hashStart) {
        String full = hash(hashStart);
        return result.commits().stream().filter(c -> c.commit().hash().equals(full)).findFirst().orElseThrow();
    }

    static StoryResult storyResult(AuditResult result, String key) {
        return result.stories().stream().filter(s -> s.story().key().equals(key)).findFirst().orElseThrow();
    }
}
