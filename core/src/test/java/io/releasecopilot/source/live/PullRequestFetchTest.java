package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.PullRequest;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PullRequestFetchTest {

    private static final String PRS = "/2.0/repositories/acme/portal/pullrequests";

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldStoreMergedPullRequestsWithTheHashesOfTheirCommitsInRange() throws Exception {
        List<TestCommit> commits = TestCommit.history("pr", 30, TestSources.NEWEST);
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        List<TestPullRequest> prs = List.of(
                new TestPullRequest(11, "ABC-7 Add login", "feature/ABC-7-login", "main", commits.get(2).hash(),
                        List.of(commits.get(3).hash(), commits.get(4).hash())),
                new TestPullRequest(12, "Fix typo", "bugfix/ABC-9-typo", "main", commits.get(5).hash(),
                        List.of(commits.get(6).hash())),
                new TestPullRequest(3, "Old work", "feature/ABC-1", "main", TestCommit.sha1("before the range"),
                        List.of(TestCommit.sha1("old commit"))));
        fake.stubs().pullRequests("acme", "portal", "main", prs, 2);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").pullRequests(true).build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        List<LoggedRequest> lists = fake.requests(PRS);
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0).getUrl()).isEqualTo(PRS + "?state=MERGED&q=destination.branch.name%3D%22main%22"
                + "&pagelen=50");
        assertThat(fake.requests(PRS + "/11/commits")).singleElement().satisfies(r -> {
            assertThat(FakeServer.param(r, "pagelen")).isEqualTo("100");
            assertThat(FakeServer.param(r, "fields")).isEqualTo("next,values.hash");
        });
        assertThat(fake.requests(PRS + "/12/commits")).hasSize(1);
        assertThat(fake.requests(PRS + "/3/commits")).as("outside the range: not asked").isEmpty();
        assertThat(Files.readString(cache.resolve("pullrequests/portal/page-00001.json")))
                .contains("\"commits\":[{\"hash\":\"" + commits.get(3).hash() + "\"}");

        AuditInput input = CacheReader.read(cache);
        assertThat(input.pullRequests()).extracting(PullRequest::id).containsExactly(11L, 12L, 3L);
        PullRequest first = input.pullRequests().get(0);
        assertThat(first.title()).isEqualTo("ABC-7 Add login");
        assertThat(first.sourceBranch()).isEqualTo("feature/ABC-7-login");
        assertThat(first.destinationBranch()).isEqualTo("main");
        assertThat(first.commitHashes()).containsExactly(commits.get(3).hash(), commits.get(4).hash());
        assertThat(input.pullRequests().get(2).commitHashes()).isEmpty();
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldNotAskForPullRequestsAgainWhenNoRefChanged() {
        List<TestCommit> commits = TestCommit.history("pr", 30, TestSources.NEWEST);
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        fake.stubs().pullRequests("acme", "portal", "main", List.of(new TestPullRequest(1, "ABC-1", "f", "main",
                commits.get(0).hash(), List.of(commits.get(0).hash()))), 50);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").pullRequests(true).build();
        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);
        fake.server().resetRequests();

        FetchSummary again = FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        assertThat(fake.bitbucketRequests()).hasSize(1);
        assertThat(again.unchangedRefs()).isEqualTo(1);
        assertThat(CacheReader.read(cache).pullRequests()).singleElement()
                .satisfies(pr -> assertThat(pr.commitHashes()).containsExactly(commits.get(0).hash()));
    }
}
