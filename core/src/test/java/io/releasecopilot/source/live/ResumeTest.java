package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {

    private static final String MAIN = Stubs.cloudPath("acme", "portal", "main");

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @TempDir
    Path clean;

    private final List<TestCommit> commits = TestCommit.history("resume", 450, TestSources.NEWEST);

    private FetchRequest sources() {
        return TestSources.cloud(fake).repo("portal").branch("main").concurrency(1).build();
    }

    @Test
    void shouldResumeAtThePageAfterTheLastStoredOneAndEndWithTheFullCache() throws Exception {
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        fake.server().stubFor(get(urlPathEqualTo(MAIN)).withQueryParam("page",
                equalTo(Stubs.cloudToken("main", 3))).atPriority(1).willReturn(aResponse().withStatus(500)));
        FetchRequest sources = sources();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class).hasMessageContaining("HTTP 500");

        JsonNode ref = new ObjectMapper().readTree(cache.resolve("manifest.json").toFile())
                .path("repositories").get(0).path("refs").get(0);
        assertThat(ref.path("complete").asBoolean()).isFalse();
        assertThat(ref.path("pages")).hasSize(3);
        assertThat(ref.path("resume").path("next").asText()).endsWith("&page=" + Stubs.cloudToken("main", 3));
        AuditInput partial = CacheReader.read(cache);
        assertThat(partial.commits()).hasSize(300);
        assertThat(partial.warnings()).anyMatch(w -> w.contains("commit fetch of portal ref main is incomplete"));

        fake.server().resetAll();
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        List<FetchProgress.Page> pages = new ArrayList<>();
        FetchRunner.fetch(sources(), cache, new TestHttp(), new TestHttp(), recording(pages));

        assertThat(fake.requests(MAIN)).extracting(r -> FakeServer.param(r, "page"))
                .containsExactly(Stubs.cloudToken("main", 3), Stubs.cloudToken("main", 4));
        assertThat(pages).filteredOn(p -> "main".equals(p.ref())).extracting(FetchProgress.Page::page)
                .containsExactly(4, 5);

        FetchRunner.fetch(sources(), clean, new TestHttp(), new TestHttp(), null);
        AuditInput resumed = CacheReader.read(cache);
        AuditInput fresh = CacheReader.read(clean);
        assertThat(resumed.commits()).hasSize(450).isEqualTo(fresh.commits());
        assertThat(resumed.stories()).isEqualTo(fresh.stories());
        assertThat(resumed.warnings()).isEmpty();
    }

    @Test
    void shouldResumeTheJiraSearchAtTheStoredToken() {
        fake.stubs().jiraCloud(TestIssue.series("2026.03", 250), 100);
        fake.server().stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).withQueryParam("nextPageToken",
                equalTo(Stubs.jiraToken(2))).atPriority(1).willReturn(aResponse().withStatus(503)));
        FetchRequest sources = FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("cloud")
                .build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), null, null))
                .hasMessageContaining("HTTP 503");
        fake.server().resetAll();
        fake.stubs().jiraCloud(TestIssue.series("2026.03", 250), 100);
        FetchRunner.fetch(sources, cache, new TestHttp(), null, null);

        assertThat(fake.requests("/rest/api/3/search/jql")).extracting(r -> FakeServer.param(r, "nextPageToken"))
                .containsExactly(Stubs.jiraToken(2));
        assertThat(CacheReader.read(cache).stories()).hasSize(250);
    }

    @Test
    void shouldStartTheJiraSearchOverWhenTheStoredTokenIsRefused() {
        fake.stubs().jiraCloud(TestIssue.series("2026.03", 250), 100);
        fake.server().stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).withQueryParam("nextPageToken",
                equalTo(Stubs.jiraToken(2))).atPriority(1).willReturn(aResponse().withStatus(503)));
        FetchRequest sources = FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("cloud")
                .build();
        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), null, null));
        fake.server().resetAll();
        fake.stubs().jiraCloud(TestIssue.series("2026.03", 250), 100);
        fake.server().stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).withQueryParam("nextPageToken",
                equalTo(Stubs.jiraToken(2))).atPriority(1).inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("expired").willReturn(aResponse().withStatus(400)
                .withBody("{\"errorMessages\":[\"The provided next page token is invalid or expired.\"]}")));

        FetchRunner.fetch(sources, cache, new TestHttp(), null, null);

        assertThat(fake.requests("/rest/api/3/search/jql")).extracting(r -> FakeServer.param(r, "nextPageToken"))
                .containsExactly(Stubs.jiraToken(2), null, Stubs.jiraToken(1), Stubs.jiraToken(2));
        assertThat(CacheReader.read(cache).stories()).hasSize(250);
    }

    static FetchProgress recording(List<FetchProgress.Page> pages) {
        return new FetchProgress() {
            @Override
            public void pageFetched(Page page) {
                pages.add(page);
            }

            @Override
            public void finished(FetchSummary summary) {
            }
        };
    }
}
