package io.releasecopilot.report;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.LinkSource;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link AuditReport}s by hand for exporter tests; the counts are computed from the categories given,
 * so they always add up.
 */
final class AuditReportFixture {

    static final Instant GENERATED_AT = Instant.parse("2024-05-02T08:30:00Z");
    static final Instant DATE = Instant.parse("2024-04-30T12:00:00Z");

    private final String fixVersion;
    private String browseUrl = "https://acme.atlassian.net/browse/";
    private final List<Repository> repositories = new ArrayList<>();
    private final List<StoryResult> stories = new ArrayList<>();
    private final List<CommitResult> commits = new ArrayList<>();
    private final List<String> inputWarnings = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, String> scope = new LinkedHashMap<>();
    private final TreeSet<String> auditedProjects = new TreeSet<>();
    private CorrelationSettings settings = CorrelationSettings.defaults();
    private Policy policy = Policy.defaults();
    private GateResult gate = new GateResult(GateStatus.PASS, List.of());

    private AuditReportFixture(String fixVersion) {
        this.fixVersion = fixVersion;
    }

    static AuditReportFixture fixVersion(String fixVersion) {
        return new AuditReportFixture(fixVersion);
    }

    /** Returns a full hash made of the number, zero-padded to 40 hex digits. */
    static String hash(long n) {
        return String.format("%040x", n);
    }

    AuditReportFixture browseUrl(String url) {
        browseUrl = url;
        return this;
    }

    AuditReportFixture repository(String name, String commitUrlPrefix) {
        repositories.add(new Repository(name, "acme", SourceFlavor.CLOUD, List.of("main"), commitUrlPrefix));
        return this;
    }

    AuditReportFixture story(Story story, StoryCategory category, StoryCommit... linked) {
        stories.add(new StoryResult(story, category, List.of(linked)));
        auditedProjects.add(story.projectKey());
        return this;
    }

    AuditReportFixture story(String key, String summary, StoryCategory category, StoryCommit... linked) {
        return story(story(key, summary), category, linked);
    }

    AuditReportFixture commit(CommitResult commit) {
        commits.add(commit);
        return this;
    }

    AuditReportFixture commit(String repo, long hash, String message, CommitCategory category, Link... links) {
        return commit(new CommitResult(commit(repo, hash, message), category, List.of(links), List.of(),
                false, null, null, null));
    }

    AuditReportFixture scope(String key, String value) {
        scope.put(key, value);
        return this;
    }

    AuditReportFixture sources(String... descriptions) {
        sources.addAll(Arrays.asList(descriptions));
        return this;
    }

    AuditReportFixture inputWarning(String warning) {
        inputWarnings.add(warning);
        return this;
    }

    AuditReportFixture warning(String warning) {
        warnings.add(warning);
        return this;
    }

    AuditReportFixture settings(CorrelationSettings value) {
        settings = value;
        return this;
    }

    AuditReportFixture policy(Policy value) {
        policy = value;
        return this;
    }

    AuditReportFixture gate(GateStatus status, String... reasons) {
        gate = new GateResult(status, List.of(reasons));
        return this;
    }

    /** Sets a gate verdict on incomplete data: the fetches the data lacks the end of. */
    AuditReportFixture incomplete(GateStatus status, List<String> fetches, String... reasons) {
        gate = new GateResult(status, List.of(reasons), fetches);
        return this;
    }

    AuditReport build() {
        AuditInput input = new AuditInput(fixVersion, browseUrl, stories.stream().map(StoryResult::story).toList(),
                commits.stream().map(CommitResult::commit).toList(), repositories, List.of(), sources,
                inputWarnings);
        AuditResult result = new AuditResult(input, settings, auditedProjects, stories, commits, counts(),
                warnings);
        return new AuditReport(result, policy, gate, GENERATED_AT, scope, "1.2.3");
    }

    private AuditCounts counts() {
        return new AuditCounts(stories.size(),
                countStories(StoryCategory.WITH_COMMITS),
                countStories(StoryCategory.WITHOUT_COMMITS),
                countStories(StoryCategory.REVERTED_ONLY),
                commits.size(),
                countCommits(CommitCategory.LINKED),
                countCommits(CommitCategory.ORPHAN),
                countCommits(CommitCategory.OUT_OF_SCOPE),
                countCommits(CommitCategory.EXEMPT));
    }

    private int countStories(StoryCategory category) {
        return (int) stories.stream().filter(s -> s.category() == category).count();
    }

    private int countCommits(CommitCategory category) {
        return (int) commits.stream().filter(c -> c.category() == category).count();
    }

    static Story story(String key, String summary) {
        return new Story(key, summary, "Done", "done", "Story", false, null, "Ada Lovelace",
                List.of("backend"), List.of("portal"), List.of("1.4.0"), DATE, DATE);
    }

    static Commit commit(String repo, long hash, String message) {
        return new Commit(repo, hash(hash), DATE, "Grace Hopper", "grace@example.com", message, List.of("main"), 1);
    }

    /**
     * Returns a report that uses every field: every category of story and commit, a sub-task roll-up, a
     * revert pair, a merge commit, exemptions, overrides, thresholds, scope and warnings.
     */
    static AuditReport sample() {
        Map<Metric, Threshold> limits = new EnumMap<>(Metric.class);
        limits.put(Metric.STORIES_WITHOUT_COMMITS, new Threshold(0.0, 5.0));
        limits.put(Metric.COVERAGE, new Threshold(0.95, 0.8));
        limits.put(Metric.ORPHAN_COMMITS, Threshold.warnAt(0));
        Policy policy = new Policy(limits, Set.of("Epic"), "policy.yml");
        CorrelationSettings settings = new CorrelationSettings(Set.of("OPS", "INFRA"),
                List.of(new Exemption(Exemption.Kind.MESSAGE, "^chore\\(release\\)"),
                        new Exemption(Exemption.Kind.AUTHOR, "release-bot"),
                        new Exemption(Exemption.Kind.MERGE, "true")),
                List.of(new io.releasecopilot.correlate.CommitOverride("abcdef1", null, List.of("ABC-3"), false,
                                "hotfix linked by hand"),
                        new io.releasecopilot.correlate.CommitOverride(hash(9), "api", List.of(), true,
                                "vendored code")),
                "overrides.yml", Set.of("Epic", "Test"));
        Story subtask = new Story("ABC-4", "Sub-task of login", "Done", "done", "Sub-task", true, "ABC-1", null,
                List.of(), List.of(), List.of("1.4.0"), null, DATE);
        Commit merge = new Commit("portal", hash(5), DATE, "Grace Hopper", null,
                "Merge branch 'feature/ABC-1-login' into main", List.of("main", "release/1.4"), 2);
        return fixVersion("1.4.0")
                .repository("portal", "https://bitbucket.org/acme/portal/commits/")
                .repository("api", null)
                .scope("env", "prod").scope("team", "payments")
                .sources("cache: .release-copilot/cache/1.4.0", "https://acme.atlassian.net")
                .settings(settings)
                .policy(policy)
                .gate(GateStatus.WARN, "WARN: 1 stories without commits (maximum 0)", "WARN: 1 orphan commits (maximum 0)")
                .story("ABC-1", "Login page", StoryCategory.WITH_COMMITS,
                        new StoryCommit("portal", hash(1), LinkSource.MESSAGE, null, false),
                        new StoryCommit("portal", hash(5), LinkSource.MERGED_BRANCH, null, false),
                        new StoryCommit("api", hash(2), LinkSource.PR_TITLE, "ABC-4", false))
                .story("ABC-2", "Password reset", StoryCategory.WITHOUT_COMMITS)
                .story("ABC-3", "Remember me", StoryCategory.REVERTED_ONLY,
                        new StoryCommit("portal", hash(3), LinkSource.OVERRIDE, null, true))
                .story(subtask, StoryCategory.WITH_COMMITS,
                        new StoryCommit("api", hash(2), LinkSource.PR_BRANCH, null, false))
                .commit("portal", 1, "ABC-1 login form", CommitCategory.LINKED, new Link("ABC-1", LinkSource.MESSAGE))
                .commit(new CommitResult(merge, CommitCategory.LINKED, List.of(new Link("ABC-1", LinkSource.MERGED_BRANCH)),
                        List.of(), false, null, null, null))
                .commit(new CommitResult(commit("portal", 3, "Remember me\n\nabcdef1"), CommitCategory.LINKED,
                        List.of(new Link("ABC-3", LinkSource.OVERRIDE)), List.of(), true, hash(4), null,
                        "hotfix linked by hand"))
                .commit(new CommitResult(commit("portal", 4, "Revert \"Remember me\"\n\nThis reverts commit "
                        + hash(3) + "."), CommitCategory.ORPHAN, List.of(), List.of(), true, null, hash(3), null))
                .commit("api", 2, "ABC-4 token endpoint", CommitCategory.LINKED, new Link("ABC-4", LinkSource.PR_TITLE))
                .commit(new CommitResult(commit("api", 6, "ABC-99 unrelated fix"), CommitCategory.OUT_OF_SCOPE,
                        List.of(), List.of(new Link("ABC-99", LinkSource.MESSAGE)), false, null, null, null))
                .commit(new CommitResult(commit("api", 7, "chore(release): 1.4.0"), CommitCategory.EXEMPT,
                        List.of(), List.of(), false, null, null, "message matches /^chore\\(release\\)/"))
                .commit(new CommitResult(commit("api", 9, "vendor update"), CommitCategory.EXEMPT,
                        List.of(), List.of(), false, null, null, "vendored code"))
                .inputWarning("repository legacy: ref develop not found")
                .warning("override abcdef0 matched no commit")
                .build();
    }
}
