package io.releasecopilot.sample;

import static io.releasecopilot.sample.SampleCacheGenerator.EXAMPLE_EXEMPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.sample.SampleCacheGenerator.Design;
import io.releasecopilot.sample.SampleCommits.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCacheGeneratorTest {

    static final String REGENERATE = "mvn -B -o -q -pl core test -Dtest=SampleCacheGeneratorTest -Dsample.regenerate=true"
            + "  (from the repository root; see samples/README.md)";

    @TempDir
    Path dir;

    @Test
    void shouldMatchTheCommittedSampleByteForByte() throws IOException {
        Path committed = committedSample();
        if (Boolean.getBoolean("sample.regenerate")) {
            SampleCacheGenerator.generate(committed);
        }

        SampleCacheGenerator.generate(dir);

        Map<String, byte[]> expected = files(dir);
        Map<String, byte[]> actual = files(committed);
        if (!expected.keySet().equals(actual.keySet())) {
            TreeSet<String> missing = new TreeSet<>(expected.keySet());
            missing.removeAll(actual.keySet());
            TreeSet<String> extra = new TreeSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            fail(committed + " does not hold the files the generator writes (missing " + missing + ", extra " + extra
                    + "). Regenerate it: " + REGENERATE);
        }
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            if (!Arrays.equals(file.getValue(), actual.get(file.getKey()))) {
                fail(committed.resolve(file.getKey()) + " differs from what SampleCacheGenerator writes. Regenerate it: "
                        + REGENERATE);
            }
        }
    }

    @Test
    void shouldWriteTheSameBytesEveryTime(@TempDir Path again) throws IOException {
        SampleCacheGenerator.generate(dir);
        SampleCacheGenerator.generate(again);
        SampleCacheGenerator.generate(again); // over an earlier sample

        Map<String, byte[]> first = files(dir);
        Map<String, byte[]> second = files(again);
        assertThat(second).containsOnlyKeys(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void shouldAuditAsTheExpectedConstantsSayWithDefaultSettings() {
        SampleCacheGenerator.generate(dir);

        SampleAudit audit = new SampleAudit(dir, List.of());

        assertThat(audit.stories).hasSize(SampleCacheGenerator.EXPECTED_STORIES);
        assertThat(audit.count(StoryCategory.WITH_COMMITS)).isEqualTo(SampleCacheGenerator.EXPECTED_STORIES_WITH_COMMITS);
        assertThat(audit.count(StoryCategory.WITHOUT_COMMITS)).isEqualTo(SampleCacheGenerator.EXPECTED_STORIES_WITHOUT_COMMITS);
        assertThat(audit.count(StoryCategory.REVERTED_ONLY)).isEqualTo(SampleCacheGenerator.EXPECTED_STORIES_REVERTED_ONLY);
        assertThat(audit.storiesNotDone()).isEqualTo(SampleCacheGenerator.EXPECTED_STORIES_NOT_DONE);
        assertThat(audit.commits).hasSize(SampleCacheGenerator.EXPECTED_COMMITS);
        assertThat(audit.commitsRead).isEqualTo(SampleCacheGenerator.EXPECTED_COMMITS_READ);
        assertThat(audit.count(Kind.LINKED)).isEqualTo(SampleCacheGenerator.EXPECTED_LINKED);
        assertThat(audit.count(Kind.OUT_OF_SCOPE)).isEqualTo(SampleCacheGenerator.EXPECTED_OUT_OF_SCOPE);
        assertThat(audit.count(Kind.EXEMPT)).isZero();
        assertThat(audit.count(Kind.ORPHAN)).isEqualTo(SampleCacheGenerator.EXPECTED_ORPHAN);
        assertThat(audit.reverted).hasSize(SampleCacheGenerator.EXPECTED_REVERTED_COMMITS);
        assertThat(audit.merges()).isEqualTo(SampleCacheGenerator.EXPECTED_MERGE_COMMITS);
        assertThat(audit.auditedProjects()).containsExactlyElementsOf(SampleCacheGenerator.AUDITED_PROJECTS);
    }

    @Test
    void shouldAuditAsTheExpectedConstantsSayWithTheExampleExemption() {
        SampleCacheGenerator.generate(dir);

        SampleAudit audit = new SampleAudit(dir, EXAMPLE_EXEMPTIONS);

        assertThat(audit.count(Kind.LINKED)).isEqualTo(SampleCacheGenerator.EXPECTED_LINKED);
        assertThat(audit.count(Kind.OUT_OF_SCOPE)).isEqualTo(SampleCacheGenerator.EXPECTED_OUT_OF_SCOPE);
        assertThat(audit.count(Kind.EXEMPT)).isEqualTo(SampleCacheGenerator.EXPECTED_EXEMPT_WITH_EXAMPLE);
        assertThat(audit.count(Kind.ORPHAN)).isEqualTo(SampleCacheGenerator.EXPECTED_ORPHAN_WITH_EXAMPLE);
    }

    @Test
    void shouldGiveEveryIssueAndCommitTheCategoryItWasDesignedFor() {
        Design design = SampleCacheGenerator.write(dir);

        SampleAudit audit = new SampleAudit(dir, EXAMPLE_EXEMPTIONS);

        Map<String, StoryCategory> designedStories = design.issues().stream()
                .collect(Collectors.toMap(i -> i.key, i -> i.role.expected));
        assertThat(audit.storyCategories).isEqualTo(designedStories);
        Map<String, Kind> designedCommits = design.commits().stream()
                .collect(Collectors.toMap(c -> c.repo.slug + "/" + c.hash, c -> c.kind));
        assertThat(audit.categories).isEqualTo(designedCommits);
    }

    @Test
    void shouldContainTheQuirksReadersMustHandle() throws IOException {
        SampleCacheGenerator.generate(dir);
        Map<String, String> text = files(dir).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new String(e.getValue(), StandardCharsets.UTF_8)));
        String jira = text.entrySet().stream().filter(e -> e.getKey().startsWith("jira/")).map(Map.Entry::getValue)
                .collect(Collectors.joining());
        String cloud = text.entrySet().stream().filter(e -> e.getKey().startsWith("bitbucket/portal/"))
                .map(Map.Entry::getValue).collect(Collectors.joining());
        String datacenter = text.get("bitbucket/billing-service/main/page-00001.json");

        assertThat(jira).contains("\"assignee\": null", "<script>", "\"nextPageToken\"", "\"isLast\": true",
                "\"subtask\": true", "\u200b");
        assertThat(jira).containsPattern("\"updated\": \"2026-0\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0100\"");
        assertThat(cloud).contains("\"next\": \"https://api.bitbucket.org/2.0/repositories/acme/portal/commits/",
                "\"raw\": \"Renovate Bot <bot@renovateapp.com>\"\n", "Merged in feature/app-", "This reverts commit ");
        assertThat(text.keySet()).contains("bitbucket/platform-api/release_2026.03/page-00001.json");
        assertThat(datacenter).contains("\"isLastPage\": false", "\"nextPageStart\": 100", "\"authorTimestamp\": ");
        assertThat(text.values().stream().filter(t -> t.contains("\"message\": \"=")).count()).isPositive();
    }

    private static Path committedSample() {
        for (Path candidate : List.of(Path.of("../samples/cache"), Path.of("samples/cache"))) {
            if (Files.isDirectory(candidate.getParent())) {
                return candidate;
            }
        }
        return fail("cannot find samples/ from " + Path.of("").toAbsolutePath());
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("README.md"))
                    .collect(Collectors.toMap(p -> root.relativize(p).toString().replace('\\', '/'), p -> {
                        try {
                            return Files.readAllBytes(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, (a, b) -> a, TreeMap::new));
        }
    }
}
