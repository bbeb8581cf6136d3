package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.LinkSource;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import io.releasecopilot.report.AuditReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Builds an {@link AuditReport} by hand, the way the correlation would, for the Excel tests. */
final class ReportFixture {

    static final String JIRA = "https://jira.example.com/browse/";
    static final String PORTAL_URL = "https://bitbucket.example.com/acme/portal/commits/";
    static final Instant GENERATED = Instant.parse("2024-05-01T12:30:45Z");

    private String fixVersion = "1.4.0";
    private String jiraBrowseUrl = JIRA;
    private final List<Repository> repositories = new ArrayList<>();
    private final List<StoryResult> stories = new ArrayList<>();
    private final List<CommitResult> commits = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private CorrelationSettings settings = CorrelationSettings.defaults();
    private Policy policy = Policy.defaults();
    private GateResult gate = new GateResult(GateStatus.PASS, List.of());
    private final Map<String, String> scope = new LinkedHashMap<>();

    static ReportFixture create() {
        ReportFixture fixture = new ReportFixture();
        fixture.repository("portal", PORTAL_URL);
        return fixture;
    }

    ReportFixture fixVersion(String value) {
        fixVersion = value;
        return this;
    }

    ReportFixture jiraBrowseUrl(String value) {
        jiraBrowseUrl = value;
        return this;
    }

    ReportFixture repository(String name, String commitUrlPrefix) {
        repositories.add(new Repository(name, "acme", SourceFlavor.CLOUD, List.of("main"), commitUrlPrefix));
        return this;
    }

    ReportFixture settings(CorrelationSettings value) {
        settings = value;
        return this;
    }

    ReportFixture policy(Policy value) {
        policy = value;
        return this;
    }

    ReportFixture gate(GateResult value) {
        gate = value;
        return this;
    }

    ReportFixture scope(String key, String value) {
        scope.put(key, value);
        return this;
    }

    ReportFixture warning(String value) {
        warnings.add(value);
        return this;
    }

    /** Adds a story with its linked commits; the commits must be added separately with {@link #linked}. */
    ReportFixture story(Story story, StoryCategory category, StoryCommit... links) {
        stories.add(new StoryResult(story, category, List.of(links)));
        return this;
    }

    ReportFixture linked(Commit commit, String... keys) {
        List<Link> links = new ArrayList<>();
        for (String key : keys) {
            links.add(new Link(key, LinkSource.MESSAGE));
        }
        commits.add(new CommitResult(commit, CommitCategory.LINKED, links, List.of(), false, null, null, null));
        return this;
    }

    ReportFixture outOfScope(Commit commit, String... keys) {
        List<Link> links = new ArrayList<>();
        for (String key : keys) {
            links.add(new Link(key, LinkSource.MESSAGE));
        }
        commits.add(new CommitResult(commit, CommitCategory.OUT_OF_SCOPE, List.of(), links, false, null, null, null));
        return this;
    }

    ReportFixture orphan(Commit commit) {
        commits.add(new CommitResult(commit, CommitCategory.ORPHAN, List.of(), List.of(), false, null, null, null));
        return this;
    }

    ReportFixture exempt(Commit commit, String reason) {
        commits.add(new CommitResult(commit, CommitCategory.EXEMPT, List.of(), List.of(), false, null, null, reason));
        return this;
    }

    /** Returns a story with plain defaults. */
    static Story story(String key, String summary) {
        return new Story(key, summary, "In Progress", "indeterminate", "Story", false, null, "Ann Lee",
                List.of("backend"), List.of("api"), List.of("1.4.0"), null, Instant.parse("2024-04-02T08:15:00Z"));
    }

    /** Returns a commit of one parent on {@code main}. */
    static Commit commit(String repo, String hash, Instant date, String message) {
        return new Commit(repo, hash, date, "Bo Chen", "bo@example.com", message, List.of("main"), 1);
    }

    /** Returns a 40-digit hash whose first seven digits are the number in hex. */
    static String hash(int n) {
        return String.format("%07x", n) + "0".repeat(33);
    }

    static StoryCommit link(Commit commit) {
        return new StoryCommit(commit.repo(), commit.hash(), LinkSource.MESSAGE, null, false);
    }

    AuditReport build() {
        List<Commit> inputCommits = new ArrayList<>();
        for (CommitResult result : commits) {
            inputCommits.add(result.commit());
        }
        List<Story> inputStories = new ArrayList<>();
        TreeSet<String> projects = new TreeSet<>(settings.extraProjects());
        for (StoryResult result : stories) {
            inputStories.add(result.story());
            projects.add(result.story().projectKey());
        }
        AuditInput input = new AuditInput(fixVersion, jiraBrowseUrl, inputStories, inputCommits, repositories,
                List.of(), List.of("cache: ./cache/1.4.0"), List.of("input warning"));
        AuditResult result = new AuditResult(input, settings, projects, stories, commits, counts(), warnings);
        return new AuditReport(result, policy, gate, GENERATED, scope, "0.1.0");
    }

    private AuditCounts counts() {
        int[] story = new int[StoryCategory.values().length];
        for (StoryResult result : stories) {
            story[result.category().ordinal()]++;
        }
        int[] commit = new int[CommitCategory.values().length];
        for (CommitResult result : commits) {
            commit[result.category().ordinal()]++;
        }
        return new AuditCounts(stories.size(), story[StoryCategory.WITH_COMMITS.ordinal()],
                story[StoryCategory.WITHOUT_COMMITS.ordinal()], story[StoryCategory.REVERTED_ONLY.ordinal()],
                commits.size(), commit[CommitCategory.LINKED.ordinal()], commit[CommitCategory.ORPHAN.ordinal()],
                commit[CommitCategory.OUT_OF_SCOPE.ordinal()], commit[CommitCategory.EXEMPT.ordinal()]);
    }
}
