package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CacheReaderV1DataCenterTest {

    private static AuditInput input;

    @BeforeAll
    static void readFixture() {
        input = CacheReader.read(Fixtures.dir("v1-datacenter"));
    }

    @Test
    void shouldReadDataCenterSearchPagesKeepingTheFirstOfADuplicatedKey() {
        assertThat(input.fixVersion()).isEqualTo("FIN 4.2");
        assertThat(input.stories()).extracting(Story::key).containsExactly("FIN-1", "FIN-2", "FIN-3");
        assertThat(input.stories().get(0).summary()).isEqualTo("Ledger export");
        assertThat(input.stories().get(0).components()).containsExactly("Ledger");
        assertThat(input.stories().get(0).assignee()).isEqualTo("Administrator");
    }

    @Test
    void shouldDeriveTheBrowseUrlFromTheFirstIssueSelf() {
        assertThat(input.jiraBrowseUrl()).isEqualTo("https://jira.acme.example/browse/");
    }

    @Test
    void shouldParseDataCenterDatesWithoutAColonInTheOffset() {
        Story story = input.stories().get(2);

        assertThat(story.updated()).isEqualTo(Instant.parse("2025-09-03T03:00:00Z"));
        assertThat(story.labels()).isEmpty();
        assertThat(story.components()).isEmpty();
        assertThat(input.stories().get(1).resolved()).isEqualTo(Instant.parse("2025-09-02T11:00:00Z"));
    }

    @Test
    void shouldWarnAboutTheDuplicatedKeyAndTheIncompleteFetch() {
        assertThat(input.warnings()).containsExactly(
                "manifest.json: the commit fetch of ledger ref develop is incomplete (1 page cached); commits may"
                        + " be missing until the fetch is resumed online",
                "jira/page-00002.json: issue FIN-1 is already in jira/page-00001.json; kept the first");
    }

    @Test
    void shouldReadTheCommitsOfAnIncompleteFetch() {
        assertThat(input.commits()).singleElement().satisfies(commit -> {
            assertThat(commit.hash()).isEqualTo("aa11bb22cc33dd44ee55ff6677889900aabbccdd");
            assertThat(commit.date()).isEqualTo(Instant.ofEpochMilli(1756800000000L));
            assertThat(commit.author()).isEqualTo("Jane Doe");
        });
        assertThat(input.repositories().get(0).commitUrlPrefix()).isNull();
        assertThat(input.commits()).extracting(Commit::branches).containsExactly(java.util.List.of("develop"));
    }

    @Test
    void shouldDescribeTheFetches() {
        assertThat(input.sources()).containsExactly(
                "manifest.json (release-copilot-cache/v1, fix version FIN 4.2, updated 2025-09-20T12:03:10Z)",
                "jira/page-00001.json..page-00002.json (Jira Data Center search, 2 pages, 4 issues)",
                "bitbucket/ledger/develop/page-00001.json (Bitbucket Data Center FIN/ledger develop, 1 commit)");
    }
}
