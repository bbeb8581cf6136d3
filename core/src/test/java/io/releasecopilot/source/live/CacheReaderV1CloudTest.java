package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.PullRequest;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CacheReaderV1CloudTest {

    private static AuditInput input;

    @BeforeAll
    static void readFixture() {
        input = CacheReader.read(Fixtures.dir("v1-cloud"));
    }

    @Test
    void shouldReadFixVersionAndBrowseUrlFromManifest() {
        assertThat(input.fixVersion()).isEqualTo("2025.09.20");
        assertThat(input.jiraBrowseUrl()).isEqualTo("https://acme.atlassian.net/browse/");
        assertThat(input.issueUrl("ABC-101")).isEqualTo("https://acme.atlassian.net/browse/ABC-101");
    }

    @Test
    void shouldReadStoriesOfBothCloudPagesInOrder() {
        assertThat(input.stories()).extracting(Story::key).containsExactly("ABC-101", "ABC-102", "ABC-103", "MOB-7");
    }

    @Test
    void shouldMapTheFieldsOfAStory() {
        Story story = story("ABC-101");

        assertThat(story.summary()).isEqualTo("Checkout: pay with stored card");
        assertThat(story.status()).isEqualTo("In Review");
        assertThat(story.statusCategory()).isEqualTo("indeterminate");
        assertThat(story.issueType()).isEqualTo("Story");
        assertThat(story.subtask()).isFalse();
        assertThat(story.parentKey()).isNull();
        assertThat(story.assignee()).isEqualTo("Mia Krystof");
        assertThat(story.labels()).containsExactly("checkout", "payments");
        assertThat(story.components()).containsExactly("Web", "API");
        assertThat(story.fixVersions()).containsExactly("2025.09.20");
        assertThat(story.resolved()).isNull();
        assertThat(story.updated()).isEqualTo(Instant.parse("2025-09-12T23:29:31.871Z"));
    }

    @Test
    void shouldKeepANullAssigneeAndAZeroWidthSpaceInTheSummary() {
        Story story = story("ABC-102");

        assertThat(story.assignee()).isNull();
        assertThat(story.summary()).isEqualTo("\u200bLogin: remember me");
        assertThat(story.isDone()).isTrue();
        assertThat(story.labels()).isEmpty();
        assertThat(story.components()).isEmpty();
        assertThat(story.fixVersions()).containsExactly("2025.09.20", "2025.10.04");
        assertThat(story.resolved()).isEqualTo(Instant.parse("2025-09-10T07:00:00Z"));
        assertThat(story.updated()).isEqualTo(Instant.parse("2025-09-10T07:00:01.120Z"));
    }

    @Test
    void shouldMapASubtaskWithItsParent() {
        Story subtask = story("ABC-103");

        assertThat(subtask.subtask()).isTrue();
        assertThat(subtask.issueType()).isEqualTo("Sub-task");
        assertThat(subtask.parentKey()).isEqualTo("ABC-101");
        assertThat(subtask.statusCategory()).isEqualTo("new");
        assertThat(subtask.updated()).isEqualTo(Instant.parse("2025-09-13T07:02:11Z"));
    }

    @Test
    void shouldTreatMissingFieldsAsEmpty() {
        Story story = story("MOB-7");

        assertThat(story.labels()).isEmpty();
        assertThat(story.components()).isEmpty();
        assertThat(story.parentKey()).isNull();
        assertThat(story.resolved()).isEqualTo(Instant.parse("2025-09-14T10:00:00Z"));
    }

    @Test
    void shouldReadCommitsInManifestOrderThenPageOrderThenPosition() {
        assertThat(input.commits()).extracting(c -> c.repo() + "@" + c.hash().substring(0, 7)).containsExactly(
                "portal@4f1c2a9", "portal@b7c8d9e", "portal@1a2b3c4", "portal@0f9e8d7",
                "billing-api@9e0d1c2", "billing-api@8a7b6c5", "billing-api@6e5d4c3");
    }

    @Test
    void shouldMapACloudMergeCommit() {
        Commit merge = input.commits().get(0);

        assertThat(merge.hash()).isEqualTo("4f1c2a9e7b3d5f60819a2b3c4d5e6f708192a3b4");
        assertThat(merge.repo()).isEqualTo("portal");
        assertThat(merge.branches()).containsExactly("main");
        assertThat(merge.parentCount()).isEqualTo(2);
        assertThat(merge.merge()).isTrue();
        assertThat(merge.author()).isEqualTo("Mia Krystof");
        assertThat(merge.authorEmail()).isEqualTo("mia@acme.example");
        assertThat(merge.date()).isEqualTo(Instant.parse("2025-09-19T16:40:02Z"));
        assertThat(merge.message()).startsWith("Merged in feature/ABC-102-remember-me (pull request #12)\n\n");
    }

    @Test
    void shouldConvertTheOffsetOfACloudCommitDate() {
        assertThat(input.commits().get(1).date()).isEqualTo(Instant.parse("2025-09-18T07:12:45Z"));
        assertThat(input.commits().get(1).merge()).isFalse();
    }

    @Test
    void shouldFallBackToTheRawAuthorAndTheSummaryWhenUserAndMessageAreMissing() {
        Commit commit = input.commits().get(2);

        assertThat(commit.author()).isEqualTo("build-bot");
        assertThat(commit.authorEmail()).isEqualTo("ci@acme.example");
        assertThat(commit.message()).isEqualTo("chore: bump deps (ABC-101)");
    }

    @Test
    void shouldLowerCaseTheHashAndKeepMicrosecondsOfTheDate() {
        Commit commit = input.commits().get(3);

        assertThat(commit.hash()).isEqualTo("0f9e8d7c6b5a49382716f5e4d3c2b1a098765432");
        assertThat(commit.date()).isEqualTo(Instant.parse("2025-09-16T23:59:59.123456Z"));
        assertThat(commit.author()).isEqualTo("Dev 07");
        assertThat(commit.parentCount()).isZero();
    }

    @Test
    void shouldMapDataCenterCommits() {
        Commit merge = input.commits().get(4);
        Commit unlinked = input.commits().get(6);

        assertThat(merge.repo()).isEqualTo("billing-api");
        assertThat(merge.branches()).containsExactly("release/2025.09");
        assertThat(merge.date()).isEqualTo(Instant.ofEpochMilli(1758200000000L));
        assertThat(merge.author()).isEqualTo("Jane Doe");
        assertThat(merge.authorEmail()).isEqualTo("jane.doe@acme.example");
        assertThat(merge.parentCount()).isEqualTo(2);
        assertThat(merge.message()).startsWith("Pull request #4: ABC-101 stored card endpoint\n\nMerge in FIN/billing-api");
        assertThat(unlinked.author()).isEqualTo("Old Timer");
        assertThat(unlinked.authorEmail()).isEqualTo("old.timer@acme.example");
    }

    @Test
    void shouldDeriveTheCommitUrlPrefixUnlessTheManifestGivesIt() {
        assertThat(input.repositories()).containsExactly(
                new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("main"),
                        "https://bitbucket.org/acme/portal/commits/"),
                new Repository("billing-api", "FIN", SourceFlavor.DATACENTER, List.of("release/2025.09"),
                        "https://git.acme.example/projects/FIN/repos/billing-api/commits/"));
    }

    @Test
    void shouldReadMergedPullRequestsOnly() {
        assertThat(input.pullRequests()).containsExactly(new PullRequest("portal", 12, "ABC-102 remember me",
                "feature/ABC-102-remember-me", "main", List.of("b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f80")));
    }

    @Test
    void shouldDescribeEachFetchOnOneSourceLine() {
        assertThat(input.sources()).containsExactly(
                "manifest.json (release-copilot-cache/v1, fix version 2025.09.20, updated 2025-09-20T12:00:07Z)",
                "jira/page-00001.json..page-00002.json (Jira Cloud search/jql, 2 pages, 4 issues)",
                "bitbucket/portal/main/page-00001.json..page-00002.json (Bitbucket Cloud acme/portal main, 2 pages,"
                        + " 4 commits)",
                "pullrequests/portal/page-00001.json (Bitbucket Cloud pull requests acme/portal, 1 pull request)",
                "bitbucket/billing-api/release_2025.09/page-00001.json..page-00002.json (Bitbucket Data Center"
                        + " FIN/billing-api release/2025.09, 2 pages, 3 commits)");
    }

    @Test
    void shouldHaveNoWarningsForACompleteCache() {
        assertThat(input.warnings()).isEmpty();
    }

    private static Story story(String key) {
        return input.stories().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
