package io.releasecopilot.correlate;

import static io.releasecopilot.correlate.Fixtures.commit;
import static io.releasecopilot.correlate.Fixtures.hash;
import static io.releasecopilot.correlate.Fixtures.input;
import static io.releasecopilot.correlate.Fixtures.settings;
import static io.releasecopilot.correlate.Fixtures.story;
import static io.releasecopilot.correlate.Fixtures.storyResult;
import static io.releasecopilot.correlate.Fixtures.subtask;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.Commit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelatorStoriesTest {

    @Test
    void shouldCategoriseStories() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1"), story("ABC-2")),
                List.of(commit("portal", "a1", 1, "ABC-1 login"))), settings());

        assertThat(storyResult(result, "ABC-1").category()).isEqualTo(StoryCategory.WITH_COMMITS);
        assertThat(storyResult(result, "ABC-1").commits())
                .containsExactly(new StoryCommit("portal", hash("a1"), LinkSource.MESSAGE, null, false));
        assertThat(storyResult(result, "ABC-2").category()).isEqualTo(StoryCategory.WITHOUT_COMMITS);
        assertThat(storyResult(result, "ABC-2").commits()).isEmpty();
    }

    @Test
    void shouldRollSubtasksUpToTheirParent() {
        AuditResult result = Correlator.correlate(input(
                List.of(story("ABC-1"), subtask("ABC-2", "ABC-1"), subtask("ABC-3", "ABC-1"), subtask("ABC-4", "ABC-99")),
                List.of(commit("portal", "a1", 1, "ABC-2 part one"), commit("portal", "a2", 2, "ABC-1 ABC-3 part two"),
                        commit("portal", "a3", 3, "ABC-4 orphan parent"))), settings());

        assertThat(storyResult(result, "ABC-1").category()).isEqualTo(StoryCategory.WITH_COMMITS);
        assertThat(storyResult(result, "ABC-1").commits()).containsExactly(
                new StoryCommit("portal", hash("a1"), LinkSource.MESSAGE, "ABC-2", false),
                new StoryCommit("portal", hash("a2"), LinkSource.MESSAGE, null, false));
        assertThat(storyResult(result, "ABC-2").commits()).extracting(StoryCommit::via).containsExactly((String) null);
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.WITH_COMMITS);
        assertThat(storyResult(result, "ABC-4").category()).as("parent not in the version: reported on its own")
                .isEqualTo(StoryCategory.WITH_COMMITS);
        assertThat(result.stories()).hasSize(4);
    }

    @Test
    void shouldListAStorysCommitsByRepositoryThenOldestFirstThenHashWithUndatedLast() {
        Commit undated = new Commit("portal", hash("e1"), null, "Dev", null, "ABC-1 undated", List.of("develop"), 1);
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")), List.of(
                commit("portal", "d1", 5, "ABC-1 newest"), undated, commit("api", "c1", 9, "ABC-1 other repository"),
                commit("portal", "b2", 2, "ABC-1 same day"), commit("portal", "b1", 2, "ABC-1 same day"),
                commit("portal", "a1", 1, "ABC-1 oldest"))), settings());

        assertThat(storyResult(result, "ABC-1").commits()).extracting(StoryCommit::hash).containsExactly(
                hash("c1"), hash("a1"), hash("b1"), hash("b2"), hash("d1"), hash("e1"));
        assertThat(result.commits()).extracting(commit -> commit.commit().hash()).containsExactly(
                hash("c1"), hash("d1"), hash("b1"), hash("b2"), hash("a1"), hash("e1"));
    }

    @Test
    void shouldGiveAParentWithOnlySubtaskCommitsCoverage() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1"), subtask("ABC-2", "ABC-1")),
                List.of(commit("portal", "a1", 1, "ABC-2 only the sub-task"))), settings());

        assertThat(result.counts().storiesWithCommits()).isEqualTo(2);
    }

    @Test
    void shouldLeaveOutIgnoredIssueTypesButStillLinkTheirKeys() {
        CorrelationSettings settings = new CorrelationSettings(Set.of(), List.of(), List.of(), null,
                Set.of("sub-task", " Epic "));
        AuditResult result = Correlator.correlate(input(
                List.of(story("ABC-1"), subtask("ABC-2", "ABC-1"), story("ABC-3", "Epic"), story("ABC-4", "Bug")),
                List.of(commit("portal", "a1", 1, "ABC-2 sub-task work"), commit("portal", "a2", 2, "ABC-3 epic"))),
                settings);

        assertThat(result.stories()).extracting(s -> s.story().key()).containsExactly("ABC-1", "ABC-4");
        assertThat(result.counts().storiesTotal()).isEqualTo(2);
        assertThat(Fixtures.commitResult(result, "a2").category()).isEqualTo(CommitCategory.LINKED);
        assertThat(storyResult(result, "ABC-1").commits()).extracting(StoryCommit::via).containsExactly("ABC-2");
    }

    @Test
    void shouldOrderStoriesByProjectThenNumber() {
        AuditResult result = Correlator.correlate(input(
                List.of(story("MOB-3"), story("ABC-10"), story("ABC-9"), story("ABC-100"), story("AB-5"),
                        story("ABC-2")), List.of()), settings());

        assertThat(result.stories()).extracting(s -> s.story().key())
                .containsExactly("AB-5", "ABC-2", "ABC-9", "ABC-10", "ABC-100", "MOB-3");
    }

    @Test
    void shouldOrderAStorysCommitsByRepoThenOldestFirst() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "a3", 3, "ABC-1"), commit("api", "b1", 5, "ABC-1"),
                        commit("portal", "a1", 1, "ABC-1"), commit("portal", "a2", 1, "ABC-1"))), settings());

        assertThat(storyResult(result, "ABC-1").commits()).extracting(c -> c.repo() + ":" + c.hash().substring(0, 2))
                .containsExactly("api:b1", "portal:a1", "portal:a2", "portal:a3");
    }

    @Test
    void shouldUseTheFirstOfDuplicateStoriesAndWarn() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1"), story("ABC-1", "Bug")), List.of()),
                settings());

        assertThat(result.stories()).singleElement().satisfies(s -> assertThat(s.story().issueType()).isEqualTo("Story"));
        assertThat(result.warnings()).containsExactly("issue ABC-1 is listed more than once; the first is used");
    }

    @Test
    void shouldNotCountOutOfScopeOrExemptCommitsForStories() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "a1", 1, "ABC-77 other"))), settings());

        assertThat(storyResult(result, "ABC-1").category()).isEqualTo(StoryCategory.WITHOUT_COMMITS);
    }
}
