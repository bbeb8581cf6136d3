package io.releasecopilot.sample;

import static io.releasecopilot.sample.SampleWords.pick;

import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.sample.SamplePeople.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The Jira side of the sample: the issues of the fix version, each with the role it plays. */
final class SampleIssues {

    /** What an issue is there to show; decides its commits and so its expected category. */
    enum Role {
        /** Top-level issue with its own commits. */
        DIRECT(StoryCategory.WITH_COMMITS),
        /** Top-level issue without own commits whose sub-tasks have commits (roll-up). */
        VIA_SUBTASK(StoryCategory.WITH_COMMITS),
        /** Top-level issue nobody committed for. */
        NONE(StoryCategory.WITHOUT_COMMITS),
        /** Top-level issue whose every commit was reverted. */
        REVERTED(StoryCategory.REVERTED_ONLY),
        /** Sub-task with commits; its parent is in the version. */
        SUB_WITH(StoryCategory.WITH_COMMITS),
        /** Sub-task without commits; its parent is in the version. */
        SUB_WITHOUT(StoryCategory.WITHOUT_COMMITS),
        /** Sub-task with commits; its parent is not in the version. */
        LOOSE_SUB_WITH(StoryCategory.WITH_COMMITS),
        /** Sub-task without commits; its parent is not in the version. */
        LOOSE_SUB_WITHOUT(StoryCategory.WITHOUT_COMMITS);

        final StoryCategory expected;

        Role(StoryCategory expected) {
            this.expected = expected;
        }

        boolean subtask() {
            return this == SUB_WITH || this == SUB_WITHOUT || this == LOOSE_SUB_WITH || this == LOOSE_SUB_WITHOUT;
        }

        /** Whether commits name this issue directly (other than reverted ones). */
        boolean committedTo() {
            return this == DIRECT || this == SUB_WITH || this == LOOSE_SUB_WITH;
        }
    }

    /** One issue of the version. */
    static final class Issue {
        String key;
        String project;
        int number;
        int id;
        Role role;
        String type;
        String parentKey;
        String thing;
        String summary;
        String status;
        String statusCategory;
        Person assignee;
        List<String> labels;
        List<String> components;
        List<String> fixVersions;
        Instant resolved;
        Instant updated;
    }

    /** How many issues of each role a project has. */
    private static final Map<String, int[]> ROLE_COUNTS = Map.of(
            // DIRECT, VIA_SUBTASK, NONE, REVERTED, SUB_WITH, SUB_WITHOUT, LOOSE_SUB_WITH, LOOSE_SUB_WITHOUT
            "APP", new int[] {120, 6, 23, 7, 15, 4, 3, 2},
            "MOB", new int[] {80, 4, 15, 5, 10, 3, 2, 1});
    private static final List<String> LABELS = List.of("backend", "frontend", "security", "tech-debt", "customer");
    private static final Map<String, List<String>> COMPONENTS = Map.of(
            "APP", List.of("Checkout", "Accounts", "Search", "Billing"),
            "MOB", List.of("iOS", "Android", "Push"));

    final List<Issue> issues = new ArrayList<>();
    /** Keys of audited projects that are not in the version, for out-of-scope commits. */
    final List<String> outOfScopeKeys = new ArrayList<>();

    private final Random random;
    private final SampleClock clock;

    SampleIssues(Random random, SampleClock clock) {
        this.random = random;
        this.clock = clock;
        project("APP", 1000, 2000, 40);
        project("MOB", 300, 800, 20);
        issues.sort(Comparator.comparing((Issue i) -> i.project).thenComparingInt(i -> i.number));
        for (int i = 0; i < issues.size(); i++) {
            issues.get(i).id = 41000 + i * 7;
        }
        decorateHostileSummaries();
    }

    List<Issue> withRole(Role role) {
        return issues.stream().filter(i -> i.role == role).toList();
    }

    /** Issues that commits may name: those with their own commits. */
    List<Issue> committable() {
        return issues.stream().filter(i -> i.role.committedTo()).toList();
    }

    private void project(String project, int from, int to, int outOfScope) {
        int[] counts = ROLE_COUNTS.get(project);
        int inVersion = IntStream.of(counts).sum();
        List<Integer> numbers = IntStream.range(from, to).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(numbers, random);
        List<Integer> mine = numbers.subList(0, inVersion);
        List<Integer> others = numbers.subList(inVersion, numbers.size());
        new TreeSet<>(others.subList(0, outOfScope)).forEach(n -> outOfScopeKeys.add(project + "-" + n));
        List<Integer> looseParents = others.subList(outOfScope, outOfScope + counts[6] + counts[7]);

        List<Issue> made = new ArrayList<>();
        int next = 0;
        for (Role role : Role.values()) {
            for (int k = 0; k < counts[role.ordinal()]; k++) {
                made.add(issue(project, mine.get(next++), role));
            }
        }
        List<Issue> direct = made.stream().filter(i -> i.role == Role.DIRECT).toList();
        List<Issue> via = made.stream().filter(i -> i.role == Role.VIA_SUBTASK).toList();
        List<Issue> none = made.stream().filter(i -> i.role == Role.NONE).toList();
        // every VIA_SUBTASK story gets one sub-task with commits, half of them a second; the rest go to DIRECT stories
        List<Issue> subWith = made.stream().filter(i -> i.role == Role.SUB_WITH).toList();
        for (int k = 0; k < subWith.size(); k++) {
            int half = via.size() / 2;
            Issue parent = k < via.size() ? via.get(k)
                    : k < via.size() + half ? via.get(k - via.size())
                    : direct.get(k);
            subWith.get(k).parentKey = parent.key;
        }
        List<Issue> subWithout = made.stream().filter(i -> i.role == Role.SUB_WITHOUT).toList();
        for (int k = 0; k < subWithout.size(); k++) {
            subWithout.get(k).parentKey = (k < 2 ? none.get(k) : direct.get(direct.size() - 1 - k)).key;
        }
        List<Issue> loose = made.stream().filter(i -> i.role == Role.LOOSE_SUB_WITH || i.role == Role.LOOSE_SUB_WITHOUT)
                .toList();
        for (int k = 0; k < loose.size(); k++) {
            loose.get(k).parentKey = project + "-" + looseParents.get(k);
        }
        issues.addAll(made);
    }

    private Issue issue(String project, int number, Role role) {
        Issue issue = new Issue();
        issue.project = project;
        issue.number = number;
        issue.key = project + "-" + number;
        issue.role = role;
        issue.thing = pick(random, SampleWords.THINGS);
        int kind = random.nextInt(20);
        if (role.subtask()) {
            issue.type = "Sub-task";
            issue.summary = SampleWords.capitalize(pick(random, SampleWords.COMMIT_VERBS).toLowerCase(Locale.ROOT))
                    + " " + issue.thing;
        } else if (kind < 7) {
            issue.type = "Bug";
            issue.summary = SampleWords.capitalize(issue.thing) + " " + pick(random, SampleWords.BUG_PROBLEMS);
        } else {
            issue.type = kind < 18 ? "Story" : "Task";
            issue.summary = pick(random, SampleWords.STORY_VERBS) + " " + issue.thing;
        }
        status(issue, random.nextInt(100));
        boolean unassigned = random.nextInt(100) < (role.expected == StoryCategory.WITHOUT_COMMITS ? 30 : 4);
        issue.assignee = unassigned ? null : pick(random, SamplePeople.DEVELOPERS.subList(0, 10));
        issue.labels = random.nextInt(3) == 0 ? List.of() : List.of(pick(random, LABELS));
        issue.components = random.nextInt(4) == 0 ? List.of() : List.of(pick(random, COMPONENTS.get(project)));
        issue.fixVersions = random.nextInt(10) == 0
                ? List.of(SampleCacheGenerator.FIX_VERSION, "2026.04.0")
                : List.of(SampleCacheGenerator.FIX_VERSION);
        issue.updated = clock.jiraTime(random);
        issue.resolved = "done".equals(issue.statusCategory) ? issue.updated.minusSeconds(random.nextInt(7200)) : null;
        return issue;
    }

    private static void status(Issue issue, int dice) {
        String[] status = switch (issue.role.expected) {
            case WITH_COMMITS -> dice < 80 ? new String[] {"Done", "done"}
                    : dice < 92 ? new String[] {"In Review", "indeterminate"}
                    : new String[] {"In Progress", "indeterminate"};
            case WITHOUT_COMMITS -> dice < 50 ? new String[] {"To Do", "new"}
                    : dice < 80 ? new String[] {"In Progress", "indeterminate"}
                    : new String[] {"Done", "done"};
            case REVERTED_ONLY -> dice < 50 ? new String[] {"Reopened", "new"}
                    : new String[] {"In Progress", "indeterminate"};
        };
        issue.status = status[0];
        issue.statusCategory = status[1];
    }

    /** Text that must reach reports as text: markup, a formula, an invisible leading character, accents. */
    private void decorateHostileSummaries() {
        List<Issue> direct = withRole(Role.DIRECT);
        direct.get(3).summary = "<script>alert('xss')</script> Checkout button does nothing";
        direct.get(11).summary = "=1+2 shown instead of the invoice total";
        direct.get(19).summary = "\u200bSearch ignores accents in café names";
        direct.get(27).summary = "Zoë's \"quick\" filters & saved views";
    }
}
