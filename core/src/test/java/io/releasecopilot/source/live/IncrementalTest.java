package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.source.FetchSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IncrementalTest {

    private static final List<String> REPOS = List.of("portal", "api");
    private static final List<String> REFS = List.of("main", "release/2026.03");

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    private FetchRequest sources(boolean refresh) {
        return TestSources.cloud(fake).repo(String.join(",", REPOS)).branch(String.join(",", REFS))
                .refresh(refresh).build();
    }

    private void stubAll(int commits) {
        for (String repo : REPOS) {
            for (String ref : REFS) {
                fake.stubs().bitbucketCloud("acme", repo, ref, null, history(repo, ref, commits), 100);
            }
        }
    }

    private static List<TestCommit> history(String repo, String ref, int commits) {
        return TestCommit.history(repo + ref, commits, TestSources.NEWEST);
    }

    @Test
    void shouldMakeOneRequestPerRefWhenNothingIsNew() throws Exception {
        stubAll(250);
        FetchRunner.fetch(sources(false), cache, new TestHttp(), new TestHttp(), null);
        assertThat(fake.bitbucketRequests()).hasSize(4 * 3);
        JsonNode before = manifest().path("repositories");
        fake.server().resetRequests();

        FetchSummary again = FetchRunner.fetch(sources(false), cache, new TestHttp(), new TestHttp(), null);

        for (String repo : REPOS) {
            for (String ref : REFS) {
                assertThat(fake.requests(Stubs.cloudPath("acme", repo, ref))).as(repo + " " + ref).hasSize(1);
            }
        }
        assertThat(fake.bitbucketRequests()).hasSize(4);
        assertThat(fake.requests("/rest/api/3/search/jql")).as("Jira is read in full").hasSize(1);
        assertThat(again.unchangedRefs()).isEqualTo(4);
        assertThat(again.requests()).isEqualTo(5);
        assertThat(manifest().path("repositories")).isEqualTo(before);
        assertThat(CacheReader.read(cache).commits()).hasSize(4 * 250);
    }

    @Test
    void shouldFetchOnlyTheNewPagesAndKeepTheCachedOnes() throws Exception {
        List<TestCommit> old = history("portal", "main", 250);
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, old, 100);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").build();
        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        List<TestCommit> all = TestCommit.on(TestCommit.history("new", 150, TestSources.NEWEST.plusSeconds(86_400)),
                old);
        fake.server().resetAll();
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, all, 100);
        FetchRunner.fetch(TestSources.cloud(fake).repo("portal").branch("main").build(), cache, new TestHttp(),
                new TestHttp(), null);

        assertThat(fake.requests(Stubs.cloudPath("acme", "portal", "main"))).extracting(r -> FakeServer.param(r, "page"))
                .containsExactly(null, Stubs.cloudToken("main", 1));
        JsonNode ref = manifest().path("repositories").get(0).path("refs").get(0);
        assertThat(texts(ref.path("pages"))).containsExactly("bitbucket/portal/main/page-00004.json",
                "bitbucket/portal/main/page-00005.json", "bitbucket/portal/main/page-00001.json",
                "bitbucket/portal/main/page-00002.json", "bitbucket/portal/main/page-00003.json");
        assertThat(ref.path("head").asText()).isEqualTo(all.get(0).hash());
        assertThat(ref.path("complete").asBoolean()).isTrue();
        assertThat(ref.has("update")).isFalse();
        AuditInput input = CacheReader.read(cache);
        assertThat(input.commits()).extracting(Commit::hash)
                .containsExactlyElementsOf(all.stream().map(TestCommit::hash).toList());
        assertThat(input.warnings()).isEmpty();

        fake.server().resetRequests();
        FetchRunner.fetch(TestSources.cloud(fake).repo("portal").branch("main").build(), cache, new TestHttp(),
                new TestHttp(), null);
        assertThat(fake.requests(Stubs.cloudPath("acme", "portal", "main"))).hasSize(1);
    }

    @Test
    void shouldReplaceTheCachedPagesWhenTheCachedHeadIsGone() throws Exception {
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, history("portal", "main", 250), 100);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").build();
        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);
        List<TestCommit> rewritten = TestCommit.history("rewritten", 120, TestSources.NEWEST);
        fake.server().resetAll();
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, rewritten, 100);

        FetchRunner.fetch(TestSources.cloud(fake).repo("portal").branch("main").build(), cache, new TestHttp(),
                new TestHttp(), null);

        assertThat(texts(manifest().path("repositories").get(0).path("refs").get(0).path("pages")))
                .containsExactly("bitbucket/portal/main/page-00004.json", "bitbucket/portal/main/page-00005.json");
        assertThat(cache.resolve("bitbucket/portal/main/page-00001.json")).doesNotExist();
        assertThat(CacheReader.read(cache).commits()).extracting(Commit::hash)
                .containsExactlyElementsOf(rewritten.stream().map(TestCommit::hash).toList());
    }

    @Test
    void shouldFetchEverythingAgainWithRefresh() {
        stubAll(250);
        FetchRunner.fetch(sources(false), cache, new TestHttp(), new TestHttp(), null);
        fake.server().resetRequests();

        FetchSummary refreshed = FetchRunner.fetch(sources(true), cache, new TestHttp(), new TestHttp(), null);

        assertThat(fake.bitbucketRequests()).hasSize(4 * 3);
        assertThat(refreshed.unchangedRefs()).isZero();
        assertThat(CacheReader.read(cache).commits()).hasSize(4 * 250);
    }

    private JsonNode manifest() throws IOException {
        return new ObjectMapper().readTree(cache.resolve("manifest.json").toFile());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
