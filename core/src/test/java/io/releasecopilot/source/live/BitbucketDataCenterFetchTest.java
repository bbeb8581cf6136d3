package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BitbucketDataCenterFetchTest {

    private static final String PATH = "/rest/api/1.0/projects/PROJ/repos/portal/commits";

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldFollowNextPageStartWithUntilSinceStartAndLimit() {
        List<TestCommit> commits = TestCommit.history("dc", 60, TestSources.NEWEST);
        fake.stubs().bitbucketDataCenter("PROJ", "portal", "release/2026.03", "release/2026.02", commits, 25);
        FetchRequest sources = TestSources.dataCenter(fake).repo("portal").branch("release/2026.03")
                .sinceRef("release/2026.02").build();

        FetchSummary summary = FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        List<LoggedRequest> requests = fake.requests(PATH);
        assertThat(requests).extracting(r -> FakeServer.param(r, "start")).containsExactly("0", "25", "50");
        assertThat(requests.get(0).getUrl()).isEqualTo(PATH
                + "?until=release%2F2026.03&since=release%2F2026.02&start=0&limit=100");
        assertThat(summary.requests()).isEqualTo(1 + 3);

        AuditInput input = CacheReader.read(cache);
        assertThat(input.commits()).extracting(Commit::hash)
                .containsExactlyElementsOf(commits.stream().map(TestCommit::hash).toList());
        Commit first = input.commits().get(0);
        assertThat(first.date()).isEqualTo(TestSources.NEWEST);
        assertThat(first.author()).isEqualTo("Dev 0");
        assertThat(input.commits().get(1).author()).isEqualTo("Dev 1");
        assertThat(first.parentCount()).isEqualTo(1);
        assertThat(input.repositories()).singleElement().satisfies(repo -> {
            assertThat(repo.flavor()).isEqualTo(SourceFlavor.DATACENTER);
            assertThat(repo.commitUrlPrefix()).isEqualTo(fake.url() + "/projects/PROJ/repos/portal/commits/");
        });
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldReadAuthorTimestampsAsTheReaderDoesWhenStoppingAtTheDateWindow() {
        // authorTimestamp as a string of digits: the reader has always read it; the fetch now parses the page
        // with the same parser, so it sees the dates and stops once a whole page is older than the window
        long newer = Instant.parse("2026-03-20T10:00:00Z").toEpochMilli();
        long older = Instant.parse("2026-02-01T10:00:00Z").toEpochMilli();
        stubPage(0, "\"a1\"", newer, "\"a2\"", newer, false);
        stubPage(2, "\"b1\"", older, "\"b2\"", older, false);
        stubPage(4, "\"c1\"", older, "\"c2\"", older, true);
        FetchRequest sources = TestSources.dataCenter(fake).repo("portal").branch("main").since("2026-03-01").build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        assertThat(fake.requests(PATH)).extracting(r -> FakeServer.param(r, "start")).containsExactly("0", "2");
        assertThat(CacheReader.read(cache).commits()).extracting(Commit::hash, Commit::date)
                .containsExactly(tuple("a1", Instant.ofEpochMilli(newer)),
                        tuple("a2", Instant.ofEpochMilli(newer)));
    }

    @Test
    void shouldReadATimestampTooLongForALongAsAnUnreadableDate() {
        String page = "{\"values\":[{\"id\":\"a1\",\"author\":{\"name\":\"dev\"},"
                + "\"authorTimestamp\":\"99999999999999999999\",\"message\":\"m\",\"parents\":[]}],"
                + "\"size\":1,\"isLastPage\":true,\"start\":0,\"limit\":25}";
        fake.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(page)));
        FetchRequest sources = TestSources.dataCenter(fake).repo("portal").branch("main").build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        AuditInput input = CacheReader.read(cache);
        assertThat(input.commits()).extracting(Commit::hash, Commit::date).containsExactly(tuple("a1", null));
        assertThat(input.warnings()).anyMatch(w -> w.contains("1 unreadable date left empty"));
    }

    private void stubPage(int start, String id1, long date1, String id2, long date2, boolean last) {
        String page = "{\"values\":[" + commit(id1, date1) + "," + commit(id2, date2) + "],\"size\":2,\"isLastPage\":"
                + last + ",\"start\":" + start + ",\"limit\":2"
                + (last ? "" : ",\"nextPageStart\":" + (start + 2)) + "}";
        fake.server().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("start", equalTo(String.valueOf(start)))
                .willReturn(aResponse().withBody(page)));
    }

    private static String commit(String id, long date) {
        return "{\"id\":" + id + ",\"author\":{\"name\":\"dev\"},\"authorTimestamp\":\"" + date
                + "\",\"message\":\"m\",\"parents\":[{\"id\":\"p\"}]}";
    }

    @Test
    void shouldStopRatherThanLoopWhenAPageSaysMoreButDoesNotAdvance() {
        String page = "{\"values\":[],\"size\":0,\"isLastPage\":false,\"start\":0,\"limit\":25,\"nextPageStart\":0}";
        fake.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(page)));
        FetchRequest sources = TestSources.dataCenter(fake).repo("portal").branch("main").build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("isLastPage is false but its nextPageStart is 0, not after start 0");
        assertThat(fake.requests(PATH)).hasSize(1);
    }

    @Test
    void shouldRefuseACloudPageUnderADataCenterRepository() {
        fake.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withBody(
                BitbucketPayloads.cloudPage("acme", "portal", List.of(), 100, null))));
        FetchRequest sources = TestSources.dataCenter(fake).repo("portal").branch("main").build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("Bitbucket Data Center commits page " + fake.url() + PATH)
                .hasMessageContaining("no 'isLastPage'");
    }
}
