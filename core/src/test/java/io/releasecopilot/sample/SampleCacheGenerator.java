package io.releasecopilot.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.sample.SampleCommits.Commit;
import io.releasecopilot.sample.SampleCommits.Kind;
import io.releasecopilot.sample.SampleIssues.Issue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the sample cache shipped in {@code samples/cache}: fix version {@value #FIX_VERSION} of projects APP
 * and MOB on Jira Cloud, three Bitbucket Cloud repositories and one Bitbucket Data Center repository, in the
 * {@code release-copilot-cache/v1} layout (docs/cache-layout.md).
 *
 * <p>The output depends on nothing but this code: a fixed seed, fixed times, insertion-ordered JSON.
 * {@code SampleCacheGeneratorTest} checks that the committed sample is exactly what this writes. The {@code EXPECTED_*}
 * constants are what an audit of the sample must report under the correlation rules (README.md) with default settings
 * (no exemptions), and with {@link #EXAMPLE_EXEMPTIONS} where a constant says so.
 *
 * <p>Regenerate the committed sample from the repository root with
 * {@code mvn -B -o -q -pl core test -Dtest=SampleCacheGeneratorTest -Dsample.regenerate=true}, or run
 * {@link #main} with the test classpath (samples/README.md).
 */
public final class SampleCacheGenerator {

    /** The audited fix version. */
    public static final String FIX_VERSION = "2026.03.1";
    /** The projects of the version's issues, so the audited projects without {@code --project}. */
    public static final SortedSet<String> AUDITED_PROJECTS =
            Collections.unmodifiableSortedSet(new TreeSet<>(List.of("APP", "MOB")));
    /** An example exemption: dependency updates ({@code chore(deps)…} messages) and the release bot's commits. */
    public static final List<Exemption> EXAMPLE_EXEMPTIONS = List.of(
            new Exemption(Exemption.Kind.MESSAGE, "^chore\\(deps\\)"),
            new Exemption(Exemption.Kind.AUTHOR, "release-bot@acme.example"));

    /** Issues of the version (APP 180, MOB 120), 40 of them sub-tasks; no issue type is ignored by default. */
    public static final int EXPECTED_STORIES = 300;
    /** 200 with own commits, 10 only through their sub-tasks, 25 + 5 sub-tasks with own commits. */
    public static final int EXPECTED_STORIES_WITH_COMMITS = 240;
    /** 38 top-level issues and 10 sub-tasks. */
    public static final int EXPECTED_STORIES_WITHOUT_COMMITS = 48;
    /** 10 with one reverted commit pair, 2 with two. */
    public static final int EXPECTED_STORIES_REVERTED_ONLY = 12;
    /** Stories whose status category is not {@code done} (the gate's {@code storiesNotDone}). */
    public static final int EXPECTED_STORIES_NOT_DONE = 98;
    /** Distinct commits: de-duplicated by (repository, hash) across refs. */
    public static final int EXPECTED_COMMITS = 3000;
    /** Commits naming at least one issue of the version, reverted ones included. */
    public static final int EXPECTED_LINKED = 2316;
    /** Commits naming APP or MOB issues, none of them in the version. */
    public static final int EXPECTED_OUT_OF_SCOPE = 130;
    /**
     * Orphans with default settings: the {@link #EXPECTED_ORPHAN_WITH_EXAMPLE} orphans plus the
     * {@link #EXPECTED_EXEMPT_WITH_EXAMPLE} commits the example would exempt.
     */
    public static final int EXPECTED_ORPHAN = 554;
    /** Exempt with {@link #EXAMPLE_EXEMPTIONS}; zero with default settings. */
    public static final int EXPECTED_EXEMPT_WITH_EXAMPLE = 190;
    /** Orphans with {@link #EXAMPLE_EXEMPTIONS}. */
    public static final int EXPECTED_ORPHAN_WITH_EXAMPLE = 364;
    /** Commits marked reverted: each revert and the commit it reverts. */
    public static final int EXPECTED_REVERTED_COMMITS = 40;
    /** Commits with two parents: 178 linked, 7 out of scope, 10 orphans. */
    public static final int EXPECTED_MERGE_COMMITS = 195;
    /** Commit objects in all pages, counting the portal commits that are on both main and develop twice. */
    public static final int EXPECTED_COMMITS_READ = 3104;

    static final long SEED = 20260313L;

    private SampleCacheGenerator() {
    }

    /** Writes the sample into the directory {@code args[0]} (default {@code samples/cache}). */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/cache");
        Design design = write(dir);
        System.out.println("wrote " + dir.toAbsolutePath().normalize());
        design.tally().forEach((name, value) -> System.out.println("  " + name + " = " + value));
    }

    /**
     * Writes the sample into {@code dir}: {@code manifest.json}, {@code jira/} and {@code bitbucket/}. Files of
     * an earlier sample there are replaced; a non-empty directory that is not a cache is refused.
     */
    public static void generate(Path dir) {
        write(dir);
    }

    /** Writes the sample and returns what it put in. */
    static Design write(Path dir) {
        clean(dir);
        Random random = new Random(SEED);
        SampleClock clock = new SampleClock();
        SampleIssues issues = new SampleIssues(random, clock);
        SampleCommits commits = new SampleCommits(random, clock, issues, EXPECTED_COMMITS);
        SamplePages pages = new SamplePages(dir, random);

        ObjectNode manifest = SampleJson.object();
        manifest.put("layout", "release-copilot-cache/v1");
        manifest.put("fixVersion", FIX_VERSION);
        manifest.put("createdAt", SampleClock.FETCHED.toString());
        manifest.put("updatedAt", SampleClock.FETCHED.plusSeconds(42).toString());
        ObjectNode jira = manifest.putObject("jira");
        jira.put("flavor", "cloud");
        jira.put("baseUrl", SamplePages.JIRA_SITE);
        jira.put("browseUrl", SamplePages.JIRA_SITE + "/browse/");
        jira.put("jql", "fixVersion = \"" + FIX_VERSION + "\" ORDER BY key");
        jira.put("complete", true);
        ArrayNode jiraPages = jira.putArray("pages");
        pages.jira(issues.issues).forEach(jiraPages::add);
        jira.putNull("resume");
        ArrayNode repositories = manifest.putArray("repositories");
        for (SampleRepos repo : SampleRepos.values()) {
            ObjectNode entry = repositories.addObject();
            entry.put("name", repo.slug);
            entry.put("workspace", repo.workspace());
            entry.put("flavor", repo.datacenter ? "datacenter" : "cloud");
            entry.put("commitUrlPrefix", repo.commitUrlPrefix());
            ArrayNode refs = entry.putArray("refs");
            for (String ref : repo.refs) {
                ObjectNode refNode = refs.addObject();
                refNode.put("ref", ref);
                refNode.put("sinceRef", repo.sinceRef);
                refNode.putNull("since");
                refNode.putNull("until");
                refNode.put("complete", true);
                refNode.put("head", SamplePages.head(repo, ref, commits.commits));
                ArrayNode refPages = refNode.putArray("pages");
                pages.commits(repo, ref, commits.commits).forEach(refPages::add);
                refNode.putNull("resume");
            }
        }
        SampleJson.write(dir, "manifest.json", manifest);
        return new Design(issues.issues, commits.commits, commits.features);
    }

    /**
     * What the generator put in, by design: the basis of the {@code EXPECTED_*} constants and the README.
     *
     * @param issues   the issues of the version
     * @param commits  the distinct commits
     * @param features how many commits show each notable feature
     */
    record Design(List<Issue> issues, List<Commit> commits, Map<String, Integer> features) {

        /** Returns the figures by name, in a stable order. */
        Map<String, Object> tally() {
            Map<String, Object> tally = new LinkedHashMap<>();
            for (SampleIssues.Role role : SampleIssues.Role.values()) {
                tally.put("issues." + role, issues.stream().filter(i -> i.role == role).count());
            }
            tally.put("stories.notDone", issues.stream().filter(i -> !"done".equals(i.statusCategory)).count());
            tally.put("stories.unassigned", issues.stream().filter(i -> i.assignee == null).count());
            for (Kind kind : Kind.values()) {
                tally.put("commits." + kind, commits.stream().filter(c -> c.kind == kind).count());
            }
            tally.put("commits.merge", commits.stream().filter(c -> c.merge).count());
            tally.put("commits.read", commits.stream().mapToInt(c -> c.refs().size()).sum());
            Map<String, Long> perRef = new TreeMap<>();
            commits.forEach(c -> c.refs().forEach(r -> perRef.merge(c.repo.slug + "@" + r, 1L, Long::sum)));
            perRef.forEach((ref, n) -> tally.put("ref." + ref, n));
            tally.put("commits.shared", commits.stream().filter(c -> c.refs().size() > 1).count());
            features.forEach((name, n) -> tally.put("feature." + name, n));
            return tally;
        }
    }

    private static void clean(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                boolean cache = Files.exists(dir.resolve("manifest.json"));
                try (Stream<Path> entries = Files.list(dir)) {
                    if (!cache && entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(dir + " is not empty and holds no manifest.json");
                    }
                }
                for (String sub : List.of("jira", "bitbucket", "manifest.json")) {
                    deleteTree(dir.resolve(sub));
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
