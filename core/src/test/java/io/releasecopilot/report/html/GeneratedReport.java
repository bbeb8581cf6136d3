package io.releasecopilot.report.html;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds reports for the HTML tests by rule, so any size can be made and every figure recomputed from the
 * report: story {@code i} is without commits when {@code i % withoutEvery == 0} (5), reverted-only when {@code i % 17 == 3},
 * else with commits; commit {@code c} is an orphan when {@code c % orphanEvery == 0}, out of scope when
 * {@code c % 10 == 1}, exempt when {@code c % 50 == 2}, else linked to a story with commits. Hostile strings
 * sit in summaries, labels, assignees, messages, authors and the scope.
 */
final class GeneratedReport {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String FORMULA = "=HYPERLINK(\"http://x\")";
    static final List<String> REPOS = List.of("portal", "billing-api", "mobile");
    static final List<String> STATUSES = List.of("Done", "In Progress", "In Review", "To Do");
    static final Instant START = Instant.parse("2024-03-01T00:00:00Z");

    private int stories = 60;
    private int commits = 600;
    private int firstStory = 0;
    private int orphanEvery = 10;
    private int withoutEvery = 5;
    private int statusShift = 0;
    private String fixVersion = "1.4.0";
    private Instant generatedAt = Instant.parse("2024-05-02T08:30:00Z");

    GeneratedReport stories(int value) {
        stories = value;
        return this;
    }

    GeneratedReport commits(int value) {
        commits = value;
        return this;
    }

    /** Starts the story keys later: the first {@code value} stories of the default report are missing. */
    GeneratedReport firstStory(int value) {
        firstStory = value;
        return this;
    }

    GeneratedReport withoutEvery(int value) {
        withoutEvery = value;
        return this;
    }

    GeneratedReport orphanEvery(int value) {
        orphanEvery = value;
        return this;
    }

    /** Shifts the status of every third story by this many places. */
    GeneratedReport statusShift(int value) {
        statusShift = value;
        return this;
    }

    GeneratedReport fixVersion(String value) {
        fixVersion = value;
        return this;
    }

    GeneratedReport generatedAt(Instant value) {
        generatedAt = value;
        return this;
    }

    static String key(int i) {
        return "APP-" + (1000 + i);
    }

    /** Returns a realistic, stable commit hash: the SHA-1 of the commit's number. */
    static String hash(int c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(Integer.toString(c).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    StoryCategory storyCategory(int i) {
        return i % withoutEvery == 0 ? StoryCategory.WITHOUT_COMMITS
                : i % 17 == 3 ? StoryCategory.REVERTED_ONLY : StoryCategory.WITH_COMMITS;
    }

    CommitCategory commitCategory(int c) {
        return c % orphanEvery == 0 ? CommitCategory.ORPHAN
                : c % 10 == 1 ? CommitCategory.OUT_OF_SCOPE
                : c % 50 == 2 ? CommitCategory.EXEMPT : CommitCategory.LINKED;
    }

    AuditReport build() {
        List<Integer> withCommits = new ArrayList<>();
        for (int i = firstStory; i < firstStory + stories; i++) {
            if (storyCategory(i) == StoryCategory.WITH_COMMITS) {
                withCommits.add(i);
            }
        }
        Map<Integer, List<StoryCommit>> links = new LinkedHashMap<>();
        List<CommitResult> commitResults = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < commits; c++) {
            CommitCategory category = commitCategory(c);
            List<Link> keys = List.of();
            List<Link> outKeys = List.of();
            if (category == CommitCategory.LINKED) {
                int story = withCommits.get(next++ % withCommits.size());
                keys = List.of(new Link(key(story), LinkSource.MESSAGE));
                links.computeIfAbsent(story, s -> new ArrayList<>())
                        .add(new StoryCommit(repo(c), hash(c), LinkSource.MESSAGE, null, false));
            } else if (category == CommitCategory.OUT_OF_SCOPE) {
                outKeys = List.of(new Link("OPS-" + c, LinkSource.MESSAGE));
            }
            commitResults.add(new CommitResult(commit(c, keys, outKeys), category, keys, outKeys, false, null, null,
                    category == CommitCategory.EXEMPT ? "release bot" : null));
        }
        List<StoryResult> storyResults = new ArrayList<>();
        for (int i = firstStory; i < firstStory + stories; i++) {
            List<StoryCommit> linked = storyCategory(i) == StoryCategory.REVERTED_ONLY
                    ? List.of(new StoryCommit("portal", hash(-i), LinkSource.MESSAGE,
                            null, true))
                    : links.getOrDefault(i, List.of());
            StoryCategory category = storyCategory(i) == StoryCategory.WITH_COMMITS && linked.isEmpty()
                    ? StoryCategory.WITHOUT_COMMITS : storyCategory(i);
            storyResults.add(new StoryResult(story(i), category, linked));
        }
        return report(storyResults, commitResults);
    }

    private AuditReport report(List<StoryResult> storyResults, List<CommitResult> commitResults) {
        List<Repository> repositories = List.of(
                new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("main"), "https://bitbucket.org/acme/portal/commits/"),
                new Repository("billing-api", "acme", SourceFlavor.CLOUD, List.of("main", "release/1.4"),
                        "https://bitbucket.org/acme/billing-api/commits/"),
                new Repository("mobile", "PLAT", SourceFlavor.DATACENTER, List.of("develop"), null));
        AuditInput input = new AuditInput(fixVersion, "https://acme.atlassian.net/browse/",
                storyResults.stream().map(StoryResult::story).toList(),
                commitResults.stream().map(CommitResult::commit).toList(), repositories, List.of(),
                List.of("generated by GeneratedReport"), List.of("input warning " + SCRIPT));
        AuditCounts counts = new AuditCounts(storyResults.size(),
                countStories(storyResults, StoryCategory.WITH_COMMITS), countStories(storyResults, StoryCategory.WITHOUT_COMMITS),
                countStories(storyResults, StoryCategory.REVERTED_ONLY), commitResults.size(),
                countCommits(commitResults, CommitCategory.LINKED), countCommits(commitResults, CommitCategory.ORPHAN),
                countCommits(commitResults, CommitCategory.OUT_OF_SCOPE), countCommits(commitResults, CommitCategory.EXEMPT));
        AuditResult result = new AuditResult(input, CorrelationSettings.defaults(), new TreeSet<>(List.of("APP")),
                storyResults, commitResults, counts, List.of());
        GateResult gate = new GateResult(GateStatus.WARN,
                List.of(counts.orphanCommits() + " orphan commits (WARN above 0)", "reason with " + IMG));
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put("env", "prod");
        scope.put("note", SCRIPT);
        return new AuditReport(result, Policy.defaults(), gate, generatedAt, scope, "1.2.3");
    }

    private static int countStories(List<StoryResult> results, StoryCategory category) {
        return (int) results.stream().filter(r -> r.category() == category).count();
    }

    private static int countCommits(List<CommitResult> results, CommitCategory category) {
        return (int) results.stream().filter(r -> r.category() == category).count();
    }

    static String repo(int c) {
        return REPOS.get(c % REPOS.size());
    }

    static List<String> branches(int c) {
        return c % 7 == 0 ? List.of("develop") : c % 4 == 0 ? List.of("main", "release/1.4") : List.of("main");
    }

    private Story story(int i) {
        String summary = i == 1 ? SCRIPT + " checkout" : i == 5 ? FORMULA : i == 7 ? IMG : "Story number " + i;
        String assignee = i % 6 == 0 ? null : i == 2 ? IMG : List.of("Ada Lovelace", "Grace Hopper", "Zoë Müller").get(i % 3);
        String status = STATUSES.get((i + (i % 3 == 0 ? statusShift : 0)) % STATUSES.size());
        List<String> labels = i % 4 == 0 ? List.of("backend", IMG) : List.of(i % 2 == 0 ? "frontend" : "backend");
        List<String> components = List.of(i % 3 == 0 ? "Checkout" : "Accounts");
        return new Story(key(i), summary, status, status.equals("Done") ? "done" : "indeterminate", "Story", false, null,
                assignee, labels, components, List.of(fixVersion), null, START.plus(Duration.ofHours(i)));
    }

    private static Commit commit(int c, List<Link> keys, List<Link> outKeys) {
        String key = keys.isEmpty() ? outKeys.isEmpty() ? "" : outKeys.get(0).key() + " " : keys.get(0).key() + " ";
        String message = c == 0 ? "Hotfix " + SCRIPT + " " + IMG + "\n\nbody" : c == 10 ? FORMULA
                : key + "Change number " + c + "\n\nDetails of change " + c;
        String author = c == 20 ? FORMULA : c % 2 == 0 ? "Liam O'Connor" : "Zoë Müller";
        return new Commit(repo(c), hash(c), START.plus(Duration.ofMinutes(7L * c)), author, "dev@example.com", message,
                branches(c), 1);
    }
}
