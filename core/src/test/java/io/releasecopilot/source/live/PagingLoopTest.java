package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.Commit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging that never ends: a {@code next} link or cursor that comes back to an earlier page (A → B → C → A), and
 * a server whose pages go on and on. Each stops with one error, and the cache stays resumable. Without the
 * checks these fetches would run until the disk is full; the timeout turns that into a failure.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PagingLoopTest {

    private static final String COMMITS = Stubs.cloudPath("acme", "portal", "main");
    private static final String PRS = "/2.0/repositories/acme/portal/pullrequests";

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldStopABitbucketNextLinkThatLoopsBackToAnEarlierPageAndResumeOnceTheServerIsFixed() {
        List<TestCommit> commits = TestCommit.history("loop", 300, TestSources.NEWEST);
        String first = fake.url() + COMMITS + "?pagelen=100";
        stubCommits(null, commits.subList(0, 100), first + "&page=b");
        stubCommits("b", commits.subList(100, 200), first + "&page=c");
        stubCommits("c", commits.subList(200, 300), first);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessage("commits of acme/portal at main: the paging loops: page 4 would be " + first
                        + ", which was page 1 of this run; stopping (the server's next links or cursors repeat)");
        assertThat(fake.requests(COMMITS)).hasSize(3);

        stubCommits("c", commits.subList(200, 300), null);
        fake.server().resetRequests();
        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        assertThat(fake.requests(COMMITS)).as("resumed at the page whose link looped").singleElement()
                .satisfies(request -> assertThat(FakeServer.param(request, "page")).isEqualTo("c"));
        assertThat(CacheReader.read(cache).commits()).extracting(Commit::hash)
                .containsExactlyElementsOf(commits.stream().map(TestCommit::hash).toList());
    }

    @Test
    void shouldStopAJiraCursorThatComesBackToAnEarlierPage() {
        List<TestIssue> issues = TestIssue.series("2026.03", 3);
        stubJira(null, issues.subList(0, 1), "t1");
        stubJira("t1", issues.subList(1, 2), "t2");
        stubJira("t2", issues.subList(2, 3), "t1");
        FetchRequest sources = FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("cloud")
                .build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), null, null))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("Jira search: the paging loops: page 4 would be ")
                .hasMessageContaining("nextPageToken=t1, which was page 2 of this run");
        assertThat(fake.requests("/rest/api/3/search/jql")).hasSize(3);
    }

    @Test
    void shouldStopPullRequestPagesThatLoop() {
        List<TestCommit> commits = TestCommit.history("pr", 10, TestSources.NEWEST);
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        String page2 = fake.url() + PRS + "?page=2";
        String page3 = fake.url() + PRS + "?page=3";
        stubPullRequests(null, page2);
        stubPullRequests("2", page3);
        stubPullRequests("3", page2);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").pullRequests(true).build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessage("merged pull requests of acme/portal into main: the paging loops: page 4 would be " + page2
                        + ", which was page 2 of this run; stopping (the server's next links or cursors repeat)");
        assertThat(fake.requests(PRS)).hasSize(3);
    }

    @Test
    void shouldStopARefThatPassesThePageCap() {
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, TestCommit.history("long", 1000,
                TestSources.NEWEST), 100);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").maxPages(4).build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("commits of acme/portal at main: more than 4 pages; stopping before ")
                .hasMessageEndingWith(" (raise the cap with --max-pages if the history really is this long)");
        assertThat(fake.requests(COMMITS)).hasSize(4);
        assertThat(FetchRequest.builder().fixVersion("1").jiraUrl(fake.url()).jiraFlavor("cloud").build().maxPages())
                .isEqualTo(FetchRequest.DEFAULT_MAX_PAGES);
    }

    private void stubCommits(String page, List<TestCommit> commits, String next) {
        fake.server().stubFor(get(urlPathEqualTo(COMMITS))
                .withQueryParam("page", page == null ? absent() : equalTo(page))
                .willReturn(json(BitbucketPayloads.cloudPage("acme", "portal", commits, 100, next))));
    }

    private void stubJira(String token, List<TestIssue> issues, String next) {
        fake.server().stubFor(get(urlPathEqualTo("/rest/api/3/search/jql"))
                .withQueryParam("nextPageToken", token == null ? absent() : equalTo(token))
                .willReturn(json(JiraPayloads.cloudPage(Stubs.SITE, issues, next))));
    }

    private void stubPullRequests(String page, String next) {
        fake.server().stubFor(get(urlPathEqualTo(PRS))
                .withQueryParam("page", page == null ? absent() : equalTo(page))
                .willReturn(json(BitbucketPayloads.mergedPullRequests(fake.url(), "acme", "portal", List.of(), next))));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
