package io.releasecopilot.sample;

import static io.releasecopilot.sample.SampleWords.pick;

import io.releasecopilot.sample.SampleIssues.Issue;
import io.releasecopilot.sample.SampleIssues.Role;
import io.releasecopilot.sample.SamplePeople.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** The Bitbucket side of the sample: every commit, with the category the correlation rules (README.md) give it. */
final class SampleCommits {

    /** The category a commit gets; {@code EXEMPT} commits are orphans unless the example exemption is in force. */
    enum Kind { LINKED, OUT_OF_SCOPE, EXEMPT, ORPHAN }

    /** Where a portal commit lives: only on main, only on develop, or on both (shared history). */
    enum Lane { MAIN, DEVELOP, SHARED }

    /** One commit. */
    static final class Commit {
        SampleRepos repo;
        Lane lane;
        String hash;
        Instant date;
        Person author;
        String message;
        Kind kind;
        boolean merge;
        final List<String> parents = new ArrayList<>();

        /** The refs this commit is read from. */
        List<String> refs() {
            if (repo != SampleRepos.PORTAL) {
                return repo.refs;
            }
            return switch (lane) {
                case MAIN -> List.of("main");
                case DEVELOP -> List.of("develop");
                case SHARED -> List.of("main", "develop");
            };
        }
    }

    final List<Commit> commits = new ArrayList<>();
    /** How many commits show each feature of the data, for the README. */
    final Map<String, Integer> features = new TreeMap<>();

    private final Random random;
    private final SampleClock clock;
    private final SampleIssues issues;
    private final Set<String> hashes = new HashSet<>();
    private final Map<SampleRepos, Integer> pullRequests = new EnumMap<>(SampleRepos.class);

    SampleCommits(Random random, SampleClock clock, SampleIssues issues, int total) {
        this.random = random;
        this.clock = clock;
        this.issues = issues;
        linked();
        reverts();
        outOfScope();
        exempt();
        orphans(total);
        parents();
    }

    // ---- linked: keys of issues in the version ----

    private void linked() {
        for (Issue issue : issues.committable()) {
            int n = 1 + random.nextInt(19);
            for (int k = 0; k < n; k++) {
                SampleRepos repo = repoFor(issue.project);
                if (random.nextInt(100) < 8) {
                    add(repo, Kind.LINKED, mergeMessage(repo, issue.key, issue.thing), dev(),
                            "merge commit, key from the merged branch");
                } else {
                    add(repo, Kind.LINKED, linkedMessage(issue), dev(), null);
                }
            }
        }
        List<Issue> direct = issues.withRole(Role.DIRECT);
        for (int i : new int[] {2, 40, 80, 120, 160, 199}) {
            Issue issue = direct.get(i);
            add(repoFor(issue.project), Kind.LINKED, "chore(deps): bump " + pick(random, SampleWords.LIBRARIES) + " to "
                    + SampleWords.version(random) + " for " + issue.key, dev(), "chore(deps) with a key of the version");
        }
        Issue formula = direct.get(50);
        add(repoFor(formula.project), Kind.LINKED, "=SUM(A1:A9) " + formula.key + " totals fixed", dev(), "hostile subject");
        Issue markup = direct.get(60);
        add(repoFor(markup.project), Kind.LINKED, "<b>" + markup.key + "</b> pasted from the wiki", dev(), "hostile subject");
    }

    private String linkedMessage(Issue issue) {
        String key = issue.key;
        String verb = pick(random, SampleWords.COMMIT_VERBS);
        String text = switch (random.nextInt(12)) {
            case 0 -> key + ": " + lower(verb) + " " + issue.thing;
            case 1 -> "[" + key + "] " + verb + " " + issue.thing;
            case 2 -> feature("feat(" + lower(key) + "): " + lower(verb) + " " + issue.thing, "lower-case key");
            case 3 -> "fix: " + lower(verb) + " " + issue.thing + " (" + key + ")";
            case 4 -> feature(verb + " " + issue.thing + "\n\nRefs: " + key, "key only in the message body");
            case 5 -> key + " " + verb + " " + issue.thing + "\n\n* " + lower(pick(random, SampleWords.COMMIT_VERBS))
                    + " " + pick(random, SampleWords.THINGS) + "\n* add tests";
            case 6 -> feature(lower(key) + " " + lower(verb) + " " + issue.thing, "lower-case key");
            default -> key + " " + verb + " " + issue.thing;
        };
        int extra = random.nextInt(100);
        if (extra < 4) {
            Issue other = pick(random, issues.committable());
            if (!other.key.equals(key)) {
                return feature(text + "\n\nAlso " + other.key, "two keys of the version");
            }
        } else if (extra < 7) {
            return feature(text + " (follow-up to " + pick(random, issues.outOfScopeKeys) + ")",
                    "linked, also names an issue outside the version");
        } else if (extra < 9) {
            return feature(text + ", works around JDK-8284161", "linked, also names a non-audited project");
        }
        return text;
    }

    private void reverts() {
        List<Issue> reverted = issues.withRole(Role.REVERTED);
        for (int i = 0; i < reverted.size(); i++) {
            for (int pair = 0; pair < (i < 2 ? 2 : 1); pair++) {
                revertPair(reverted.get(i));
            }
        }
        List<Issue> direct = issues.withRole(Role.DIRECT);
        for (int i : new int[] {5, 38, 71, 104, 137, 170}) {
            revertPair(direct.get(i));
        }
    }

    /** A commit and, a few hours later on the same ref, its revert. */
    private void revertPair(Issue issue) {
        SampleRepos repo = repoFor(issue.project);
        Lane lane = laneFor(repo);
        String subject = issue.key + " " + pick(random, SampleWords.COMMIT_VERBS) + " " + issue.thing;
        for (int attempt = 0; subjectTaken(repo, subject); attempt++) {
            // a unique subject keeps `Revert "<subject>"` matching unambiguous (§4.5)
            subject = issue.key + " " + pick(random, SampleWords.COMMIT_VERBS) + " " + issue.thing
                    + (attempt > 20 ? " (" + attempt + ")" : "");
        }
        Commit original = add(repo, lane, clock.commitTime(random, 85), Kind.LINKED, subject, dev(), "reverted");
        Instant later = original.date.plusSeconds(3600 + random.nextInt(47 * 3600));
        add(repo, lane, later, Kind.LINKED, "Revert \"" + subject + "\"\n\nThis reverts commit " + original.hash + ".",
                dev(), "revert");
    }

    private boolean subjectTaken(SampleRepos repo, String subject) {
        return commits.stream().anyMatch(c -> c.repo == repo && c.message.lines().findFirst().orElse("").equals(subject));
    }

    // ---- out of scope: keys of APP and MOB issues that are not in the version ----

    private void outOfScope() {
        for (int k = 0; k < 120; k++) {
            String key = pick(random, issues.outOfScopeKeys);
            String thing = pick(random, SampleWords.THINGS);
            String message = random.nextInt(7) == 0
                    ? feature(lower(key + " " + pick(random, SampleWords.COMMIT_VERBS)) + " " + thing, "lower-case key")
                    : key + " " + pick(random, SampleWords.COMMIT_VERBS) + " " + thing;
            add(anyRepo(), Kind.OUT_OF_SCOPE, message, dev(), null);
        }
        for (int k = 0; k < 7; k++) {
            SampleRepos repo = anyRepo();
            add(repo, Kind.OUT_OF_SCOPE, mergeMessage(repo, pick(random, issues.outOfScopeKeys),
                    pick(random, SampleWords.THINGS)), dev(), "merge commit, key from the merged branch");
        }
        for (int k = 0; k < 3; k++) {
            add(anyRepo(), Kind.OUT_OF_SCOPE, "chore(deps): pin " + pick(random, SampleWords.LIBRARIES) + " for "
                    + pick(random, issues.outOfScopeKeys), dev(), "chore(deps) with a key outside the version");
        }
    }

    // ---- exempt with the example exemption; orphans without it ----

    private void exempt() {
        for (int k = 0; k < 110; k++) {
            add(anyRepo(), Kind.EXEMPT, "chore(deps): update dependency " + pick(random, SampleWords.LIBRARIES) + " to v"
                    + SampleWords.version(random), SamplePeople.RENOVATE, "dependency bot, no linked account");
        }
        for (int k = 0; k < 40; k++) {
            add(anyRepo(), Kind.EXEMPT, "chore(deps): bump " + pick(random, SampleWords.LIBRARIES) + " from "
                    + SampleWords.version(random) + " to " + SampleWords.version(random), dev(), null);
        }
        List<String> release = List.of("[maven-release-plugin] prepare release v2026.03.0",
                "[maven-release-plugin] prepare for next development iteration", "Update CHANGELOG.md",
                "Bump version to 2026.03.1-SNAPSHOT", "Bump build number");
        for (int k = 0; k < 40; k++) {
            add(anyRepo(), Kind.EXEMPT, pick(random, release), SamplePeople.RELEASE_BOT, "release bot");
        }
    }

    // ---- orphans: no key of an audited project ----

    private void orphans(int total) {
        for (int k = 0; k < 40; k++) {
            add(anyRepo(), Kind.ORPHAN, pick(random, SampleWords.NOT_OUR_KEYS), dev(), "keys of projects nobody audits");
        }
        List<Issue> direct = issues.withRole(Role.DIRECT);
        for (int k = 0; k < 15; k++) {
            Issue issue = direct.get(7 + 13 * k);
            String key = issue.key;
            String message = switch (k % 5) {
                case 0 -> "Rename migration " + key + ".2";
                case 1 -> "Update X" + key + " vendor flag";
                case 2 -> "Clean up legacy " + issue.project + "-0" + issue.number + " ids";
                case 3 -> "Remove tmp_" + lower(key) + " directory";
                default -> "Document " + key + "x build flavour";
            };
            add(repoFor(issue.project), Kind.ORPHAN, message, dev(), "near-miss key (no boundary, leading zero, .digit)");
        }
        for (String hostile : SampleWords.HOSTILE) {
            add(anyRepo(), Kind.ORPHAN, hostile, dev(), "hostile subject");
        }
        add(SampleRepos.PORTAL, Lane.MAIN, SampleClock.END.minusSeconds(7200), Kind.ORPHAN,
                "Merged in develop (pull request #" + nextPullRequest(SampleRepos.PORTAL) + ")\n\nRelease candidate "
                        + SampleCacheGenerator.FIX_VERSION + "\n\nApproved-by: " + dev().name(),
                dev(), "merge commit without a key").merge = true;
        for (int k = 0; k < 2; k++) {
            add(SampleRepos.PORTAL, Lane.DEVELOP, clock.commitTime(random, 100), Kind.ORPHAN,
                    "Merge branch 'main' into develop", dev(), "merge commit without a key").merge = true;
        }
        for (int k = 0; k < 7; k++) {
            SampleRepos repo = anyRepo();
            add(repo, Kind.ORPHAN, mergeMessage(repo, null, pick(random, SampleWords.THINGS)), dev(),
                    "merge commit without a key");
        }
        int plain = total - commits.size();
        if (plain < 100) {
            throw new IllegalStateException("the design leaves only " + plain + " plain orphans");
        }
        for (int k = 0; k < plain; k++) {
            String message = random.nextInt(10) < 7
                    ? String.format(Locale.ROOT, pick(random, SampleWords.CHORES), pick(random, SampleWords.THINGS))
                    : pick(random, SampleWords.PLAIN);
            add(anyRepo(), Kind.ORPHAN, message, dev(), null);
        }
    }

    /**
     * A merge commit's message. Bitbucket Cloud: {@code Merged in <branch> (pull request #n)}; Data Center:
     * {@code Pull request #n: <title>} and {@code Merge in PLAT/<repo> from <branch> to <ref>}. With a key, half
     * the branches carry it in lower case and the title leaves it out.
     */
    private String mergeMessage(SampleRepos repo, String key, String thing) {
        String title = pick(random, SampleWords.STORY_VERBS) + " " + thing;
        String branch;
        if (key == null) {
            branch = "hotfix/" + SampleWords.slug(thing);
        } else if (random.nextBoolean()) {
            branch = "feature/" + lower(key) + "-" + SampleWords.slug(thing);
        } else {
            branch = "bugfix/" + key + "-" + SampleWords.slug(thing);
            title = key + " " + title;
        }
        int number = nextPullRequest(repo);
        if (repo.datacenter) {
            return "Pull request #" + number + ": " + title + "\n\nMerge in " + SampleRepos.DC_PROJECT + "/" + repo.slug
                    + " from " + branch + " to " + repo.refs.get(0);
        }
        return "Merged in " + branch + " (pull request #" + number + ")\n\n" + title + "\n\nApproved-by: " + dev().name();
    }

    // ---- building blocks ----

    private Commit add(SampleRepos repo, Kind kind, String message, Person author, String feature) {
        Lane lane = laneFor(repo);
        Instant date = clock.commitTime(random, lane == Lane.SHARED ? 85 : 100);
        Commit commit = add(repo, lane, date, kind, message, author, feature);
        commit.merge = feature != null && feature.startsWith("merge commit");
        return commit;
    }

    private Commit add(SampleRepos repo, Lane lane, Instant date, Kind kind, String message, Person author, String feature) {
        Commit commit = new Commit();
        commit.repo = repo;
        commit.lane = lane;
        commit.hash = newHash();
        commit.date = date;
        commit.kind = kind;
        commit.message = message;
        commit.author = author;
        commits.add(commit);
        if (feature != null) {
            features.merge(feature, 1, Integer::sum);
        }
        return commit;
    }

    private String feature(String message, String feature) {
        features.merge(feature, 1, Integer::sum);
        return message;
    }

    /** First parent: the previous commit of the same line of history; merges get a second parent. */
    private void parents() {
        Map<String, List<Commit>> lines = new TreeMap<>();
        for (Commit commit : commits) {
            String line = commit.repo.slug + "/" + (commit.lane == Lane.MAIN ? "main" : "develop");
            lines.computeIfAbsent(line, l -> new ArrayList<>()).add(commit);
        }
        Commit lastShared = commits.stream().filter(c -> c.lane == Lane.SHARED)
                .max(Comparator.comparing((Commit c) -> c.date)).orElseThrow();
        for (List<Commit> line : lines.values()) {
            line.sort(Comparator.comparing((Commit c) -> c.date).thenComparing(c -> c.hash));
            String previous = newHash();
            for (Commit commit : line) {
                commit.parents.add(previous);
                if (commit.merge) {
                    boolean release = commit.message.startsWith("Merged in develop ");
                    commit.parents.add(release ? lastShared.hash : newHash());
                }
                previous = commit.hash;
            }
        }
    }

    private SampleRepos repoFor(String project) {
        int dice = random.nextInt(100);
        if ("MOB".equals(project)) {
            return dice < 80 ? SampleRepos.MOBILE_APP : SampleRepos.PLATFORM_API;
        }
        return dice < 55 ? SampleRepos.PORTAL : dice < 80 ? SampleRepos.PLATFORM_API : SampleRepos.BILLING_SERVICE;
    }

    private SampleRepos anyRepo() {
        int dice = random.nextInt(100);
        return dice < 35 ? SampleRepos.PORTAL : dice < 60 ? SampleRepos.MOBILE_APP
                : dice < 80 ? SampleRepos.PLATFORM_API : SampleRepos.BILLING_SERVICE;
    }

    private Lane laneFor(SampleRepos repo) {
        if (repo != SampleRepos.PORTAL) {
            return Lane.MAIN;
        }
        int dice = random.nextInt(100);
        return dice < 75 ? Lane.MAIN : dice < 85 ? Lane.SHARED : Lane.DEVELOP;
    }

    private Person dev() {
        return pick(random, SamplePeople.DEVELOPERS);
    }

    private int nextPullRequest(SampleRepos repo) {
        return pullRequests.merge(repo, 1, Integer::sum) + 100;
    }

    private String newHash() {
        byte[] bytes = new byte[20];
        String hash;
        do {
            random.nextBytes(bytes);
            hash = HexFormat.of().formatHex(bytes);
        } while (!hashes.add(hash));
        return hash;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
