package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.releasecopilot.source.ApiUrls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stubs a WireMock server with paged Jira and Bitbucket responses built by {@link JiraPayloads} and
 * {@link BitbucketPayloads}, and remembers the bodies served so tests can compare them with the cache.
 */
final class Stubs {

    static final String SITE = "https://acme.atlassian.net";

    private final WireMockServer wm;
    private int delayMillis;

    Stubs(WireMockServer wm) {
        this.wm = wm;
    }

    /** Adds a fixed delay to the stubs defined after this call. */
    Stubs delay(int millis) {
        delayMillis = millis;
        return this;
    }

    String base() {
        return wm.baseUrl();
    }

    /** Stubs Jira Cloud search/jql pages of {@code pageSize} issues; returns the bodies in order. */
    List<byte[]> jiraCloud(List<TestIssue> issues, int pageSize) {
        List<byte[]> bodies = new ArrayList<>();
        int pages = Math.max(1, (issues.size() + pageSize - 1) / pageSize);
        for (int p = 0; p < pages; p++) {
            String token = p + 1 < pages ? jiraToken(p + 1) : null;
            String body = JiraPayloads.cloudPage(SITE, issues.subList(p * pageSize,
                    Math.min(issues.size(), (p + 1) * pageSize)), token);
            MappingBuilder request = get(urlPathEqualTo("/rest/api/3/search/jql"))
                    .withQueryParam("nextPageToken", p == 0 ? absent() : equalTo(jiraToken(p)));
            wm.stubFor(request.willReturn(json(body)));
            bodies.add(bytes(body));
        }
        return bodies;
    }

    /** An opaque-looking Jira Cloud page token. */
    static String jiraToken(int page) {
        return "CiAi" + TestCommit.sha1("jira" + page).substring(0, 24) + "/+=";
    }

    /**
     * Stubs Jira Data Center search pages: the server caps {@code maxResults} at {@code cap}, whatever was asked.
     */
    List<byte[]> jiraDataCenter(List<TestIssue> issues, int cap) {
        List<byte[]> bodies = new ArrayList<>();
        int total = issues.size();
        for (int start = 0; start == 0 || start < total; start += cap) {
            String body = JiraPayloads.dataCenterPage(SITE, issues.subList(start, Math.min(total, start + cap)), start,
                    cap, total);
            wm.stubFor(get(urlPathEqualTo("/rest/api/2/search")).withQueryParam("startAt",
                    equalTo(String.valueOf(start))).willReturn(json(body)));
            bodies.add(bytes(body));
        }
        return bodies;
    }

    /**
     * Stubs a Bitbucket Cloud ref: page 1 at {@code /commits/<ref>?pagelen=100[&exclude=]}, the others behind
     * opaque {@code page} tokens in the {@code next} links. Returns the bodies in order.
     */
    List<byte[]> bitbucketCloud(String ws, String repo, String ref, String exclude, List<TestCommit> commits,
            int pageSize) {
        List<byte[]> bodies = new ArrayList<>();
        String path = cloudPath(ws, repo, ref);
        int pages = Math.max(1, (commits.size() + pageSize - 1) / pageSize);
        for (int p = 0; p < pages; p++) {
            String next = p + 1 < pages ? base() + path + "?pagelen=100"
                    + (exclude == null ? "" : "&exclude=" + ApiUrls.encode(exclude)) + "&page=" + cloudToken(ref, p + 1)
                    : null;
            String body = BitbucketPayloads.cloudPage(ws, repo, commits.subList(p * pageSize,
                    Math.min(commits.size(), (p + 1) * pageSize)), pageSize, next);
            MappingBuilder request = get(urlPathEqualTo(path)).withQueryParam("pagelen", equalTo("100"))
                    .withQueryParam("exclude", exclude == null ? absent() : equalTo(exclude))
                    .withQueryParam("page", p == 0 ? absent() : equalTo(cloudToken(ref, p)));
            wm.stubFor(request.willReturn(json(body)));
            bodies.add(bytes(body));
        }
        return bodies;
    }

    static String cloudPath(String ws, String repo, String ref) {
        return "/2.0/repositories/" + ws + "/" + repo + "/commits/" + ApiUrls.encode(ref);
    }

    /** The opaque {@code page} token of a Cloud page (page 2 is token 1). */
    static String cloudToken(String ref, int index) {
        return TestCommit.sha1(ref + "#" + index).substring(0, 20);
    }

    /** Stubs a Bitbucket Data Center ref; the last page carries {@code nextPageStart: 0}. */
    List<byte[]> bitbucketDataCenter(String key, String slug, String until, String since, List<TestCommit> commits,
            int cap) {
        List<byte[]> bodies = new ArrayList<>();
        String path = "/rest/api/1.0/projects/" + key + "/repos/" + slug + "/commits";
        for (int start = 0; start == 0 || start < commits.size(); start += cap) {
            boolean last = start + cap >= commits.size();
            String body = BitbucketPayloads.dataCenterPage(commits.subList(start, Math.min(commits.size(),
                    start + cap)), start, cap, last);
            MappingBuilder request = get(urlPathEqualTo(path)).withQueryParam("until", equalTo(until))
                    .withQueryParam("since", since == null ? absent() : equalTo(since))
                    .withQueryParam("start", equalTo(String.valueOf(start)))
                    .withQueryParam("limit", equalTo("100"));
            wm.stubFor(request.willReturn(json(body)));
            bodies.add(bytes(body));
        }
        return bodies;
    }

    /** Stubs merged pull requests into {@code destination} (pages of {@code pageSize}) and their commits. */
    void pullRequests(String ws, String repo, String destination, List<TestPullRequest> prs, int pageSize) {
        String path = "/2.0/repositories/" + ws + "/" + repo + "/pullrequests";
        int pages = Math.max(1, (prs.size() + pageSize - 1) / pageSize);
        for (int p = 0; p < pages; p++) {
            String next = p + 1 < pages ? base() + path + "?state=MERGED&q=" + ApiUrls.encode("destination.branch.name=\""
                    + destination + "\"") + "&pagelen=50&page=" + (p + 2) : null;
            String body = BitbucketPayloads.mergedPullRequests(base(), ws, repo, prs.subList(p * pageSize,
                    Math.min(prs.size(), (p + 1) * pageSize)), next);
            wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("state", equalTo("MERGED"))
                    .withQueryParam("q", equalTo("destination.branch.name=\"" + destination + "\""))
                    .withQueryParam("page", p == 0 ? absent() : equalTo(String.valueOf(p + 1)))
                    .willReturn(json(body)));
        }
        for (TestPullRequest pr : prs) {
            wm.stubFor(get(urlPathEqualTo(path + "/" + pr.id() + "/commits"))
                    .willReturn(json(BitbucketPayloads.pullRequestCommits(pr.commits()))));
        }
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response = aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(bytes(body));
        return delayMillis > 0 ? response.withFixedDelay(delayMillis) : response;
    }

    static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
