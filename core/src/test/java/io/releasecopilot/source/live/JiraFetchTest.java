package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Story;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JiraFetchTest {

    private static final String HOSTILE_VERSION = "R1 \"Q4\" \\ final";
    private static final String EXPECTED_JQL =
            "fixVersion = \"R1 \\\"Q4\\\" \\\\ final\" AND project in (\"ABC\", \"DEF\") ORDER BY key ASC";

    @TempDir
    Path cache;

    private WireMockServer wm;
    private Stubs stubs;

    @BeforeEach
    void start() {
        wm = new WireMockServer(wireMockConfig().dynamicPort());
        wm.start();
        stubs = new Stubs(wm);
    }

    @AfterEach
    void stop() {
        wm.stop();
    }

    private FetchRequest jira(String flavor, String version) {
        return FetchRequest.builder().fixVersion(version).jiraUrl(wm.baseUrl()).jiraFlavor(flavor)
                .project("abc", "DEF").build();
    }

    @Test
    void shouldPageJiraCloudByTokenAndSendTheEscapedJqlWithFields() throws Exception {
        List<byte[]> served = stubs.jiraCloud(TestIssue.series(HOSTILE_VERSION, 250), 100);

        FetchSummary summary = FetchRunner.fetch(jira("cloud", HOSTILE_VERSION), cache, new TestHttp(), null, null);

        assertThat(summary.requests()).isEqualTo(3);
        List<LoggedRequest> requests = wm.findAll(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withQueryParam("jql", equalTo(EXPECTED_JQL))
                .withQueryParam("fields", equalTo("summary,status,issuetype,assignee,labels,components,fixVersions,"
                        + "parent,resolutiondate,updated"))
                .withQueryParam("maxResults", equalTo("100")));
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).getUrl())
                .contains("jql=fixVersion%20%3D%20%22R1%20%5C%22Q4%5C%22%20%5C%5C%20final%22%20AND%20project%20in%20");
        assertThat(requests).extracting(r -> r.queryParameter("nextPageToken").isPresent()
                ? r.queryParameter("nextPageToken").firstValue() : null)
                .containsExactly(null, Stubs.jiraToken(1), Stubs.jiraToken(2));
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/rest/api/3/search")))).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/rest/api/2/search")))).isEmpty();
        assertThat(Files.readAllBytes(cache.resolve("jira/page-00003.json"))).isEqualTo(served.get(2));

        AuditInput input = CacheReader.read(cache);
        assertThat(input.fixVersion()).isEqualTo(HOSTILE_VERSION);
        assertThat(input.stories()).hasSize(250);
        Story third = input.stories().get(2);
        assertThat(third.key()).isEqualTo("ABC-3");
        assertThat(third.assignee()).isNull();
        assertThat(third.updated()).hasToString("2026-03-10T23:29:31.871Z");
        assertThat(input.stories().get(4).parentKey()).isEqualTo("ABC-4");
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldPageJiraDataCenterByWhatTheServerReturnedNotWhatWasAsked() {
        stubs.jiraDataCenter(TestIssue.series("2026.03", 95), 40);

        FetchSummary summary = FetchRunner.fetch(jira("datacenter", "2026.03"), cache, new TestHttp(), null, null);

        assertThat(summary.requests()).isEqualTo(3);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/rest/api/2/search"))
                .withQueryParam("maxResults", equalTo("100"))))
                .extracting(r -> r.queryParameter("startAt").firstValue()).containsExactly("0", "40", "80");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql")))).isEmpty();
        AuditInput input = CacheReader.read(cache);
        assertThat(input.stories()).hasSize(95).extracting(Story::key).startsWith("ABC-1", "ABC-2").endsWith("ABC-95");
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldReadDataCenterPagingAsTheReaderDoesWhenStartAtAndTotalAreText() {
        // startAt and total as text: the reader has always read them; the fetch parses the page with the same
        // parser, so it pages on instead of refusing the page
        for (int start = 0; start < 60; start += 40) {
            String page = JiraPayloads.dataCenterPage(Stubs.SITE, TestIssue.series("1", 60)
                    .subList(start, Math.min(60, start + 40)), start, 40, 60)
                    .replace("\"startAt\":" + start + ",", "\"startAt\":\"" + start + "\",")
                    .replace("\"total\":60", "\"total\":\"60\"");
            wm.stubFor(get(urlPathEqualTo("/rest/api/2/search"))
                    .withQueryParam("startAt", equalTo(String.valueOf(start))).willReturn(aResponse().withBody(page)));
        }

        FetchSummary summary = FetchRunner.fetch(jira("datacenter", "1"), cache, new TestHttp(), null, null);

        assertThat(summary.requests()).isEqualTo(2);
        assertThat(CacheReader.read(cache).stories()).hasSize(60);
    }

    @Test
    void shouldStopAtAnEmptyDataCenterPageWhateverTheTotalSays() {
        wm.stubFor(get(urlPathEqualTo("/rest/api/2/search")).withQueryParam("startAt", equalTo("0"))
                .willReturn(aResponse().withBody(JiraPayloads.dataCenterPage(Stubs.SITE,
                        TestIssue.series("1", 40), 0, 40, 500))));
        wm.stubFor(get(urlPathEqualTo("/rest/api/2/search")).withQueryParam("startAt", equalTo("40"))
                .willReturn(aResponse().withBody(JiraPayloads.dataCenterPage(Stubs.SITE, List.of(), 40, 40, 500))));

        FetchSummary summary = FetchRunner.fetch(jira("datacenter", "1"), cache, new TestHttp(), null, null);

        assertThat(summary.requests()).isEqualTo(2);
        assertThat(summary.pages()).isEqualTo(2);
        assertThat(CacheReader.read(cache).stories()).hasSize(40);
    }

    @Test
    void shouldStopWhenTheCloudTokenIsNullEvenIfIsLastIsFalse() {
        String page = "{\"issues\":[],\"nextPageToken\":null,\"isLast\":false}";
        wm.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withBody(page)));

        FetchSummary summary = FetchRunner.fetch(jira("cloud", "1"), cache, new TestHttp(), null, null);

        assertThat(summary.requests()).isEqualTo(1);
        assertThat(CacheReader.read(cache).stories()).isEmpty();
    }
}
