package io.releasecopilot.correlate;

import static io.releasecopilot.correlate.Fixtures.commit;
import static io.releasecopilot.correlate.Fixtures.commitResult;
import static io.releasecopilot.correlate.Fixtures.hash;
import static io.releasecopilot.correlate.Fixtures.input;
import static io.releasecopilot.correlate.Fixtures.settings;
import static io.releasecopilot.correlate.Fixtures.story;
import static io.releasecopilot.correlate.Fixtures.storyResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelatorRevertsTest {

    @Test
    void shouldMarkBothSidesOfARevertByHash() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "3f2a9c1e", 1, "ABC-3 add cache"),
                        commit("portal", "b1", 2, "Undo the cache\n\nThis reverts commit 3f2a9c1e."))), settings());

        CommitResult original = commitResult(result, "3f2a9c1e");
        CommitResult revert = commitResult(result, "b1");
        assertThat(original.reverted()).isTrue();
        assertThat(original.revertedBy()).isEqualTo(hash("b1"));
        assertThat(revert.reverted()).isTrue();
        assertThat(revert.reverts()).isEqualTo(hash("3f2a9c1e"));
        assertThat(revert.category()).as("no key in the revert").isEqualTo(CommitCategory.ORPHAN);
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.REVERTED_ONLY);
        assertThat(result.counts().storiesRevertedOnly()).isEqualTo(1);
    }

    @Test
    void shouldMarkBothSidesOfARevertBySubject() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 add cache"), commit("portal", "a2", 2, "ABC-3 add cache"),
                        commit("portal", "a3", 3, "Revert \"ABC-3 add cache\"\n\nbroke prod"),
                        commit("portal", "a4", 4, "ABC-3 add cache"))), settings());

        assertThat(commitResult(result, "a3").reverts()).as("most recent earlier commit with that subject")
                .isEqualTo(hash("a2"));
        assertThat(commitResult(result, "a2").reverted()).isTrue();
        assertThat(commitResult(result, "a1").reverted()).isFalse();
        assertThat(commitResult(result, "a4").reverted()).isFalse();
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.WITH_COMMITS);
    }

    @Test
    void shouldMakeAStoryRevertedOnlyWhenAllItsCommitsAreReverted() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 add cache"),
                        commit("portal", "a3", 3, "Revert \"ABC-3 add cache\"\n\nThis reverts commit a100000."))),
                settings());

        assertThat(commitResult(result, "a3").category()).isEqualTo(CommitCategory.LINKED);
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.REVERTED_ONLY);
        assertThat(storyResult(result, "ABC-3").commits()).allMatch(StoryCommit::reverted).hasSize(2);
    }

    @Test
    void shouldMatchRevertsOnlyWithinTheSameRepository() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("api", "a1", 1, "ABC-3 add cache"),
                        commit("portal", "b3", 3, "Revert \"ABC-3 add cache\"\n\nThis reverts commit a100000."))),
                settings());

        assertThat(result.commits()).noneMatch(CommitResult::reverted);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void shouldIgnoreARevertWhoseTargetIsNotInRange() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "b3", 3, "Revert \"ABC-3 add cache\"\n\nThis reverts commit 9999999."))),
                settings());

        CommitResult revert = commitResult(result, "b3");
        assertThat(revert.reverted()).isFalse();
        assertThat(revert.reverts()).isNull();
        assertThat(result.warnings()).isEmpty();
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.WITH_COMMITS);
    }

    @Test
    void shouldPreferTheHashOverTheSubject() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 add cache"),
                        commit("portal", "b3", 3, "Revert \"ABC-3 add cache\"\n\nThis reverts commit 9999999."))),
                settings());

        assertThat(commitResult(result, "a1").reverted()).as("the named commit is out of range").isFalse();
    }

    @Test
    void shouldBringBackTheOriginalWhenTheRevertIsReverted() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 add cache"),
                        commit("portal", "a2", 2, "Revert \"ABC-3 add cache\"\n\nThis reverts commit a100000."),
                        commit("portal", "a3", 3, "Reapply \"ABC-3 add cache\"\n\nThis reverts commit a200000."))),
                settings());

        assertThat(commitResult(result, "a1").reverted()).isFalse();
        assertThat(commitResult(result, "a1").revertedBy()).isEqualTo(hash("a2"));
        assertThat(commitResult(result, "a2").reverted()).isTrue();
        assertThat(commitResult(result, "a3").reverted()).isTrue();
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.WITH_COMMITS);
    }

    @Test
    void shouldMatchAReapplySubjectToTheRevert() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 add cache"),
                        commit("portal", "a2", 2, "Revert \"ABC-3 add cache\""),
                        commit("portal", "a3", 3, "Revert \"Revert \"ABC-3 add cache\"\""),
                        commit("portal", "a4", 4, "ABC-3 again"),
                        commit("portal", "a5", 5, "Revert \"ABC-3 again\""),
                        commit("portal", "a6", 6, "Reapply \"ABC-3 again\""))),
                settings());

        assertThat(commitResult(result, "a3").reverts()).isEqualTo(hash("a2"));
        assertThat(commitResult(result, "a6").reverts()).isEqualTo(hash("a5"));
        assertThat(commitResult(result, "a1").reverted()).isFalse();
        assertThat(commitResult(result, "a4").reverted()).isFalse();
    }

    @Test
    void shouldWarnAboutAnAmbiguousAbbreviation() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "abcdef01", 1, "ABC-3 one"), commit("portal", "abcdef02", 1, "ABC-3 two"),
                        commit("portal", "c1", 3, "This reverts commit abcdef0."))), settings());

        assertThat(result.commits()).noneMatch(CommitResult::reverted);
        assertThat(result.warnings()).singleElement().asString()
                .contains("names commit abcdef0, which matches 2 commits");
    }

    @Test
    void shouldMarkEveryCommitANamedRevertNames() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-3 one"), commit("portal", "a2", 2, "ABC-3 two"),
                        commit("portal", "c1", 3, "Revert two\n\nThis reverts commit a100000.\n"
                                + "This reverts commit A200000000."))), settings());

        assertThat(commitResult(result, "a1").revertedBy()).isEqualTo(hash("c1"));
        assertThat(commitResult(result, "a2").revertedBy()).isEqualTo(hash("c1"));
        assertThat(commitResult(result, "c1").reverts()).isEqualTo(hash("a1"));
        assertThat(storyResult(result, "ABC-3").category()).isEqualTo(StoryCategory.REVERTED_ONLY);
    }
}
