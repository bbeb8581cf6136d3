package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.model.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredecessorCacheTest {

    private static AuditInput input;

    @BeforeAll
    static void readFixture() {
        input = CacheReader.read(Fixtures.dir("predecessor"));
    }

    @Test
    void shouldTakeAFixVersionWithUnderscoresAndDotsFromTheFileName() {
        assertThat(input.fixVersion()).isEqualTo("R_2025.09_hotfix");
    }

    @Test
    void shouldReadOnlyTheNewestFileOfEachNamePrefix() {
        assertThat(input.stories()).extracting(Story::key).containsExactly("HOT-2", "HOT-3");
        assertThat(input.commits()).extracting(Commit::hash).containsExactly(
                "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00",
                "deadbeefdeadbeefdeadbeefdeadbeefdeadbeef",
                "abcdefabcdefabcdefabcdefabcdefabcdefabcd");
    }

    @Test
    void shouldTakeRepositoryBranchAndWorkspaceFromTheFileHeader() {
        assertThat(input.repositories()).containsExactly(
                new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("release/2025.09"),
                        "https://bitbucket.org/acme/portal/commits/"),
                new Repository("shared_lib", "acme", SourceFlavor.CLOUD, List.of("main"),
                        "https://bitbucket.org/acme/shared_lib/commits/"));
        assertThat(input.commits().get(2).repo()).isEqualTo("shared_lib");
        assertThat(input.commits().get(0).branches()).containsExactly("release/2025.09");
    }

    @Test
    void shouldMapTheCommitsOfTheRealBitbucketShape() {
        Commit first = input.commits().get(0);
        Commit merge = input.commits().get(1);
        Commit noUser = input.commits().get(2);

        assertThat(first.date()).isEqualTo(Instant.parse("2025-09-19T10:00:00Z"));
        assertThat(first.author()).isEqualTo("Dev 03");
        assertThat(first.authorEmail()).isEqualTo("dev.03@acme.test");
        assertThat(first.message()).isEqualTo("HOT-2 guard null invoice\n");
        assertThat(merge.merge()).isTrue();
        assertThat(noUser.author()).isEqualTo("Dev 04");
        assertThat(noUser.authorEmail()).isEqualTo("dev.04@acme.test");
    }

    @Test
    void shouldMapTheStoriesAndDeriveTheBrowseUrl() {
        Story story = input.stories().get(0);

        assertThat(input.jiraBrowseUrl()).isEqualTo("https://acme.atlassian.net/browse/");
        assertThat(story.status()).isEqualTo("Done");
        assertThat(story.isDone()).isTrue();
        assertThat(story.updated()).isEqualTo(Instant.parse("2025-09-20T01:00:00Z"));
        assertThat(input.stories().get(1).assignee()).isNull();
        assertThat(input.pullRequests()).isEmpty();
    }

    @Test
    void shouldDescribeTheFilesReadAndTheOnesSkipped() {
        assertThat(input.sources()).containsExactly(
                "jira/jira_R_2025.09_hotfix_20250920T120000Z.json (predecessor cache, Jira, fix version"
                        + " R_2025.09_hotfix, 2 issues)",
                "bitbucket/bitbucket_portal_release_2025.09_20250823_20250920_20250920T120000Z.json (predecessor"
                        + " cache, Bitbucket Cloud acme/portal release/2025.09, 2 commits)",
                "bitbucket/bitbucket_shared_lib_main_20250823_20250920_20250920T120000Z.json (predecessor cache,"
                        + " Bitbucket Cloud acme/shared_lib main, 1 commit)",
                "2 older predecessor files skipped (a newer file with the same name prefix was read)");
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldReadTheNewestFixVersionAndWarnAboutTheOthers(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_2025.09.06_20250906T120000Z.json", "{\"issues\":[{\"key\":\"OLD-1\",\"fields\":{}}]}");
        Fixtures.write(dir, "jira/jira_2025.09.20_20250920T120000Z.json", "{\"issues\":[{\"key\":\"NEW-1\",\"fields\":{}}]}");

        AuditInput read = CacheReader.read(dir);

        assertThat(read.fixVersion()).isEqualTo("2025.09.20");
        assertThat(read.stories()).extracting(Story::key).containsExactly("NEW-1");
        assertThat(read.commits()).isEmpty();
        assertThat(read.warnings()).containsExactly("jira: the predecessor cache holds several fix versions; read"
                + " 2025.09.20 (the newest file), ignored 2025.09.06");
    }

    @Test
    void shouldReadTheFixVersionAskedForEvenWhenAnotherHasTheNewestFile(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_2025.09.06_20250906T120000Z.json", "{\"issues\":[{\"key\":\"OLD-1\",\"fields\":{}}]}");
        Fixtures.write(dir, "jira/jira_2025.09.20_20250920T120000Z.json", "{\"issues\":[{\"key\":\"NEW-1\",\"fields\":{}}]}");

        AuditInput read = CacheReader.read(dir, "2025.09.06");

        assertThat(read.fixVersion()).isEqualTo("2025.09.06");
        assertThat(read.stories()).extracting(Story::key).containsExactly("OLD-1");
        assertThat(read.warnings()).containsExactly("jira: the predecessor cache holds several fix versions; read"
                + " 2025.09.06 (the one asked for), ignored 2025.09.20");
        assertThat(CacheReader.plan(dir, "2025.09.06").fixVersion()).isEqualTo("2025.09.06");
        assertThatThrownBy(() -> CacheReader.read(dir, "2025.10.04")).isInstanceOf(UsageException.class)
                .hasMessage(dir + " holds no Jira file of fix version '2025.10.04' (it holds 2025.09.06, 2025.09.20)");
    }

    @Test
    void shouldNeverReadThePredecessorsTokenFileAsAFixVersion(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_2025.09.20_20250920T120000Z.json", "{\"issues\":[{\"key\":\"NEW-1\",\"fields\":{}}]}");
        Fixtures.write(dir, "jira/jira_token_20250921T080000Z.json", "{\"access_token\":\"secret\"}");

        AuditInput read = CacheReader.read(dir);

        assertThat(read.fixVersion()).isEqualTo("2025.09.20");
        assertThat(read.warnings()).containsExactly("jira/jira_token_20250921T080000Z.json: ignored, it holds the"
                + " predecessor's OAuth token, not issues");
    }

    @Test
    void shouldRefuseACommitFileWithDatesThePredecessorNeverWroteInOneLine(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_2025.09.20_20250920T120000Z.json", "{\"issues\":[]}");
        Path iso = Fixtures.write(dir, "bitbucket/bitbucket_web_main_2025-08-23_2025-09-20_20250920T120000Z.json",
                "{\"values\":[{\"hash\":\"aaaa\",\"message\":\"m\"}]}");

        assertThatThrownBy(() -> CacheReader.read(dir)).isInstanceOf(AuditException.class)
                .hasMessage(iso + ": not a predecessor file name; expected bitbucket_<repo>_<branch>_<YYYYmmdd>"
                        + "_<YYYYmmdd>_<YYYYmmddTHHMMSSZ>.json (dates as the predecessor writes them, e.g. 20250920"
                        + " and 20250920T120000Z); rename it or move it out of " + dir.resolve("bitbucket"));
    }

    @Test
    void shouldSplitTheFileNameWhenTheHeaderDoesNotNameRepositoryAndBranch(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_1.0_20250920T120000Z.json", "{\"issues\":[]}");
        Fixtures.write(dir, "bitbucket/bitbucket_web_feature_x_20250823_20250920_20250920T120000Z.json",
                "{\"values\":[{\"hash\":\"aaaa\",\"message\":\"m\"}],\"workspace\":\"acme\",\"repository\":\"web\"}");

        AuditInput read = CacheReader.read(dir);

        assertThat(read.commits()).singleElement().satisfies(c -> {
            assertThat(c.repo()).isEqualTo("web");
            assertThat(c.branches()).containsExactly("feature_x");
        });
    }

    @Test
    void shouldWarnAboutFilesThatDoNotFollowTheNaming(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_1.0_20250920T120000Z.json", "{\"issues\":[]}");
        Fixtures.write(dir, "jira/notes.json", "{}");

        assertThat(CacheReader.read(dir).warnings())
                .containsExactly("jira/notes.json: ignored, the name does not follow the predecessor's naming");
    }

    @Test
    void shouldFailWithoutAJiraFile(@TempDir Path dir) {
        Fixtures.write(dir, "bitbucket/bitbucket_web_main_20250823_20250920_20250920T120000Z.json", "{\"values\":[]}");

        assertThatThrownBy(() -> CacheReader.read(dir)).isInstanceOf(AuditException.class)
                .hasMessage(dir + ": predecessor cache without a Jira file (expected"
                        + " jira/jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json)");
    }
}
