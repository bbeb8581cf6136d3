package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complete generation of the cache stays readable until the next one is complete (issue 11, item 4): a run
 * killed while it refreshes a complete cache leaves the complete one for readers (and resumes its own work next
 * time), and a reader running while a fetch writes sees one whole generation, never a mix.
 */
class GenerationTest {

    private static final String JQL = "/rest/api/3/search/jql";
    private static final String MAIN = Stubs.cloudPath("acme", "portal", "main");

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @TempDir
    Path killed;

    private final List<TestCommit> commits = TestCommit.history("generation", 250, TestSources.NEWEST);

    private FetchRequest sources() {
        return FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("cloud")
                .bitbucketUrl(fake.url()).bitbucketFlavor("cloud").workspace("acme").repo("portal").branch("main")
                .concurrency(2).build();
    }

    private void stub(int issues) {
        fake.stubs().jiraCloud(TestIssue.series("2026.03", issues), 50);
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
    }

    @Test
    void shouldKeepTheCompleteCacheForReadersWhenARefreshIsKilledAndResumeTheRefreshLater() {
        stub(400);
        FetchRunner.fetch(sources(), cache, new TestHttp(), new TestHttp(), null);
        AtomicBoolean copied = new AtomicBoolean();
        FetchProgress killing = new FetchProgress() {
            @Override
            public void pageFetched(Page page) {
                if (copied.compareAndSet(false, true)) {
                    copyLikeAKill(cache, killed);
                }
            }

            @Override
            public void finished(FetchSummary summary) {
            }
        };

        FetchRunner.fetch(sources(), cache, new TestHttp(), new TestHttp(), killing);

        assertThat(copied).isTrue();
        AuditInput afterKill = CacheReader.read(killed);
        assertThat(afterKill.stories()).hasSize(400);
        assertThat(afterKill.commits()).hasSize(250);
        assertThat(afterKill.incomplete()).isEmpty();
        assertThat(afterKill.warnings()).isEmpty();

        fake.server().resetRequests();
        FetchRunner.fetch(sources(), killed, new TestHttp(), new TestHttp(), null);

        assertThat(fake.requests(JQL)).extracting(r -> FakeServer.param(r, "nextPageToken"))
                .containsExactly(Stubs.jiraToken(1), Stubs.jiraToken(2), Stubs.jiraToken(3), Stubs.jiraToken(4),
                        Stubs.jiraToken(5), Stubs.jiraToken(6), Stubs.jiraToken(7));
        assertThat(fake.requests(MAIN)).hasSize(1);
        AuditInput resumed = CacheReader.read(killed);
        assertThat(resumed.stories()).hasSize(400).isEqualTo(CacheReader.read(cache).stories());
        assertThat(resumed.commits()).hasSize(250);
        assertThat(resumed.incomplete()).isEmpty();
        assertThat(killed.resolve("manifest.next.json")).doesNotExist();
        assertThat(pageFiles(killed.resolve("jira"))).hasSize(8);
    }

    @Test
    void shouldShowAReaderOneWholeGenerationWhileAFetchWrites() throws Exception {
        stub(400);
        FetchRunner.fetch(sources(), cache, new TestHttp(), new TestHttp(), null);
        fake.server().resetAll();
        stub(420);
        List<String> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    AuditInput input = CacheReader.read(cache);
                    seen.add(input.stories().size() + " stories, " + input.commits().size() + " commits"
                            + (input.incomplete().isEmpty() ? "" : ", incomplete"));
                    reads.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add(e.toString());
            }
        });
        // after every page, the fetch waits until the reader has made a whole read that began after the page
        FetchProgress waitingForTheReader = new FetchProgress() {
            @Override
            public void pageFetched(Page page) {
                int target = reads.get() + 2;
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (reads.get() < target && reader.isAlive() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }

            @Override
            public void finished(FetchSummary summary) {
            }
        };
        reader.start();
        try {
            FetchRunner.fetch(sources(), cache, new TestHttp(), new TestHttp(), waitingForTheReader);
        } finally {
            done.set(true);
            reader.join();
        }

        assertThat(failures).isEmpty();
        assertThat(seen).hasSizeGreaterThan(9 * 2).allMatch(s -> s.equals("400 stories, 250 commits")
                || s.equals("420 stories, 250 commits"));
        assertThat(seen.get(0)).isEqualTo("400 stories, 250 commits");
        assertThat(CacheReader.read(cache).stories()).hasSize(420);
        assertThat(pageFiles(cache.resolve("jira"))).hasSize(9);
    }

    private static List<Path> pageFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("page-\\d+\\.json")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the directory as a process killed now leaves it: the manifests first, then the rest. */
    private static void copyLikeAKill(Path from, Path to) {
        try {
            for (String name : List.of("manifest.json", "manifest.next.json")) {
                if (Files.exists(from.resolve(name))) {
                    Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            copyTree(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(from)) {
            entries = list.toList();
        }
        for (Path file : entries) {
            String name = file.getFileName().toString();
            Path target = to.resolve(name);
            try {
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    copyTree(file, target);
                } else if (!name.startsWith("manifest.") && !name.equals(".lock")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (NoSuchFileException e) {
                // a temporary file moved away meanwhile
            }
        }
    }
}
