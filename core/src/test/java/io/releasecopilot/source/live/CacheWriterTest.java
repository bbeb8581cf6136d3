package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.cache.CacheRequest;
import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.cache.CommitLog;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.SourceFlavor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheWriterTest {

    @TempDir
    Path dir;

    private static CacheRequest request(List<String> refs, LocalDate since, LocalDate until) {
        List<CacheRequest.Ref> r = refs.stream().map(ref -> new CacheRequest.Ref(ref, null, since, until)).toList();
        return new CacheRequest("2026.03", new CacheRequest.Jira(SourceFlavor.CLOUD, "https://acme.atlassian.net",
                "https://acme.atlassian.net/browse/", "fixVersion = \"2026.03\" ORDER BY key ASC"),
                List.of(new CacheRequest.Repo("portal", "acme", SourceFlavor.CLOUD, "https://api.bitbucket.org",
                        "https://bitbucket.org/acme/portal/commits/", r, false)));
    }

    private static byte[] commits(String... hashesAndDates) {
        StringBuilder page = new StringBuilder("{\"values\":[");
        for (int i = 0; i < hashesAndDates.length; i += 2) {
            page.append(i == 0 ? "" : ",").append("{\"hash\":\"").append(hashesAndDates[i]).append("\",\"date\":\"")
                    .append(hashesAndDates[i + 1]).append("\",\"message\":\"m\"}");
        }
        return page.append("],\"pagelen\":100}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(40);
    }

    @Test
    void shouldWriteAReadableManifestBeforeAnyPage() throws Exception {
        CacheWriter.open(dir, request(List.of("main"), null, null), false);

        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"layout\" : \"release-copilot-cache/v1\"");
        AuditInput input = CacheReader.read(dir);
        assertThat(input.fixVersion()).isEqualTo("2026.03");
        assertThat(input.warnings()).anyMatch(w -> w.contains("the Jira fetch is incomplete"));
    }

    @Test
    void shouldListThePagesOfConcurrentWritersInTheirOrder() throws Exception {
        List<String> refs = List.of("r1", "r2", "r3", "r4", "r5", "r6");
        CacheWriter writer = CacheWriter.open(dir, request(refs, null, null), false);
        writer.jira().page("{\"issues\":[],\"isLast\":true}".getBytes(StandardCharsets.UTF_8), null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (String ref : refs) {
            done.add(pool.submit(() -> {
                CommitLog log = writer.commits("portal", ref);
                for (int p = 0; p < 20; p++) {
                    String hash = String.format("%040x", (ref.hashCode() & 0xffff) * 1000L + p);
                    log.page(commits(hash, "2026-03-01T10:00:00+00:00"), hash,
                            p < 19 ? Resume.of("next", "https://api.bitbucket.org/x?page=" + (p + 1)) : null, false);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        AuditInput input = CacheReader.read(dir);
        assertThat(input.commits()).hasSize(6 * 20);
        assertThat(input.warnings()).isEmpty();
        assertThat(input.commits().subList(0, 20)).extracting(Commit::branches).allMatch(b -> b.equals(List.of("r1")));
    }

    @Test
    void shouldReadOnlyTheWindowAndEachHashOncePerRef() throws Exception {
        CacheWriter writer = CacheWriter.open(dir, request(List.of("main"), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3)), false);
        writer.jira().page("{\"issues\":[],\"isLast\":true}".getBytes(StandardCharsets.UTF_8), null);
        CommitLog log = writer.commits("portal", "main");
        log.page(commits(hash('a'), "2026-03-04T00:00:00+00:00", hash('b'), "2026-03-03T23:59:59+00:00",
                hash('c'), "2026-03-02T00:00:00+00:00"), hash('a'), Resume.of("next", "https://x/2"), false);
        log.page(commits(hash('c'), "2026-03-02T00:00:00+00:00", hash('d'), "2026-03-01T23:59:59+01:00",
                hash('e'), "2026-03-01T23:59:59+00:00"), hash('c'), null, false);

        AuditInput input = CacheReader.read(dir);

        assertThat(input.commits()).extracting(Commit::hash).containsExactly(hash('b'), hash('c'));
        assertThat(input.sources()).anyMatch(s -> s.contains("3 commits outside the date window left out"));
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"since\" : \"2026-03-02\"",
                "\"until\" : \"2026-03-03\"");
    }
}
