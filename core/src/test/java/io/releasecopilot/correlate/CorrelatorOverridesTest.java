package io.releasecopilot.correlate;

import static io.releasecopilot.correlate.Fixtures.commit;
import static io.releasecopilot.correlate.Fixtures.commitResult;
import static io.releasecopilot.correlate.Fixtures.input;
import static io.releasecopilot.correlate.Fixtures.merge;
import static io.releasecopilot.correlate.Fixtures.story;
import static io.releasecopilot.correlate.Fixtures.storyResult;
import static io.releasecopilot.correlate.Fixtures.withExemptions;
import static io.releasecopilot.correlate.Fixtures.withOverrides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrelatorOverridesTest {

    private static final AuditInput INPUT = input(List.of(story("ABC-1"), story("ABC-2")),
            List.of(commit("portal", "3f2a9c1", 1, "hotfix for prod"),
                    commit("portal", "a2", 2, "ABC-1 login"),
                    commit("portal", "a3", 3, "chore: bump deps"),
                    merge("portal", "a4", 4, "Merge branch 'main' into develop"),
                    commit("api", "a5", 5, "release script"),
                    commit("portal", "a6", 6, "ABC-99 not in version")));

    @Test
    void shouldApplyExemptionsOnlyToCommitsWithoutKeys() {
        AuditResult result = Correlator.correlate(INPUT, withExemptions(
                new Exemption(Exemption.Kind.MESSAGE, "^chore:"), new Exemption(Exemption.Kind.MERGE, "true"),
                new Exemption(Exemption.Kind.AUTHOR, "DEV@acme.test"), new Exemption(Exemption.Kind.MESSAGE, "ABC")));

        assertThat(commitResult(result, "a2").category()).isEqualTo(CommitCategory.LINKED);
        assertThat(commitResult(result, "a6").category()).isEqualTo(CommitCategory.OUT_OF_SCOPE);
        assertThat(commitResult(result, "a3").category()).isEqualTo(CommitCategory.EXEMPT);
        assertThat(commitResult(result, "a3").reason()).isEqualTo("message matches /^chore:/");
        assertThat(commitResult(result, "a4").reason()).isEqualTo("merge commit");
        assertThat(commitResult(result, "a5").reason()).isEqualTo("author is DEV@acme.test");
    }

    @Test
    void shouldHaveNoExemptionsUnlessConfigured() {
        AuditResult result = Correlator.correlate(INPUT, CorrelationSettings.defaults());

        assertThat(result.counts().exemptCommits()).isZero();
        assertThat(result.counts().orphanCommits()).isEqualTo(4);
    }

    @Test
    void shouldExemptACommitByOverrideWithItsReasonWhateverItsKeys() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("3F2A9C1", null, List.of(), true, "Hotfix agreed with QA"),
                new CommitOverride("a200000", "portal", List.of(), true, "Wrong key in message")));

        assertThat(commitResult(result, "3f2a9c1").category()).isEqualTo(CommitCategory.EXEMPT);
        assertThat(commitResult(result, "3f2a9c1").reason()).isEqualTo("Hotfix agreed with QA");
        CommitResult keyed = commitResult(result, "a2");
        assertThat(keyed.category()).isEqualTo(CommitCategory.EXEMPT);
        assertThat(keyed.links()).as("kept for the record").containsExactly(new Link("ABC-1", LinkSource.MESSAGE));
        assertThat(storyResult(result, "ABC-1").category()).isEqualTo(StoryCategory.WITHOUT_COMMITS);
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void shouldAddKeysByOverride() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("3f2a9c1", "portal", List.of("ABC-2", "ABC-50"), false, "Forgot the key"),
                new CommitOverride("a600000", null, List.of("abc-1"), false, "Was ABC-1 all along")));

        CommitResult hotfix = commitResult(result, "3f2a9c1");
        assertThat(hotfix.category()).isEqualTo(CommitCategory.LINKED);
        assertThat(hotfix.links()).containsExactly(new Link("ABC-2", LinkSource.OVERRIDE));
        assertThat(hotfix.outOfScopeKeys()).containsExactly(new Link("ABC-50", LinkSource.OVERRIDE));
        assertThat(hotfix.reason()).isEqualTo("Forgot the key");
        assertThat(commitResult(result, "a6").category()).isEqualTo(CommitCategory.LINKED);
        assertThat(storyResult(result, "ABC-2").commits()).singleElement()
                .satisfies(c -> assertThat(c.source()).isEqualTo(LinkSource.OVERRIDE));
    }

    @Test
    void shouldKeepTheMessageSourceWhenAnOverrideAddsAKeyAlreadyThere() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("a200000", null, List.of("ABC-1", "ABC-2"), false, "also ABC-2")));

        assertThat(commitResult(result, "a2").links()).containsExactly(new Link("ABC-1", LinkSource.MESSAGE),
                new Link("ABC-2", LinkSource.OVERRIDE));
    }

    @Test
    void shouldWarnAboutAnOverrideThatMatchesNoCommit() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("deadbee", null, List.of(), true, "gone"),
                new CommitOverride("3f2a9c1", "api", List.of(), true, "other repo")));

        assertThat(result.warnings()).containsExactly("override deadbee matches no commit in range; ignored",
                "override 3f2a9c1 (repo api) matches no commit in range; ignored");
        assertThat(commitResult(result, "3f2a9c1").category()).isEqualTo(CommitCategory.ORPHAN);
    }

    @Test
    void shouldApplyAnAmbiguousOverrideToAllMatchesAndWarn() {
        Commit shared = commit("portal", "b1", 1, "shared commit");
        AuditInput input = input(List.of(story("ABC-1")), List.of(shared,
                new Commit("fork", shared.hash(), shared.date(), "Dev", null, "shared commit", List.of("main"), 1),
                commit("portal", "abcdef01", 2, "one"), commit("portal", "abcdef02", 3, "two")));

        AuditResult result = Correlator.correlate(input, withOverrides(
                new CommitOverride("b100000", null, List.of(), true, "same commit in a fork"),
                new CommitOverride("abcdef0", null, List.of(), true, "too short")));

        assertThat(result.counts().exemptCommits()).isEqualTo(4);
        assertThat(result.warnings()).singleElement().asString().startsWith("override abcdef0 matches 2 different "
                + "commits (portal abcdef01").endsWith("applied to all of them: give a longer hash or a repo");
    }

    @Test
    void shouldAddUpSeveralOverridesOfOneCommit() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("3f2a9c1", null, List.of("ABC-1"), false, "belongs to ABC-1"),
                new CommitOverride("3f2a9c1", null, List.of("ABC-2"), false, "and to ABC-2")));

        CommitResult hotfix = commitResult(result, "3f2a9c1");
        assertThat(hotfix.links()).extracting(Link::key).containsExactly("ABC-1", "ABC-2");
        assertThat(hotfix.reason()).isEqualTo("belongs to ABC-1; and to ABC-2");
    }

    @Test
    void shouldWarnAboutAnAddedKeyOfAProjectThatIsNotAudited() {
        AuditResult result = Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("3f2a9c1", null, List.of("OPS-1"), false, "ops ticket")));

        assertThat(result.warnings()).containsExactly(
                "override 3f2a9c1 adds OPS-1, which is not of an audited project; ignored");
        assertThat(commitResult(result, "3f2a9c1").category()).isEqualTo(CommitCategory.ORPHAN);
    }

    @Test
    void shouldRejectAnOverrideHashThatIsTooShort() {
        assertThatThrownBy(() -> Correlator.correlate(INPUT, withOverrides(
                new CommitOverride("3f2a", null, List.of(), true, "short"))))
                .isInstanceOf(UsageException.class)
                .hasMessage("override '3f2a': commit must be 7 to 40 hex digits");
    }
}
