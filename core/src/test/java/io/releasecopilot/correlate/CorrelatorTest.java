package io.releasecopilot.correlate;

import static io.releasecopilot.correlate.Fixtures.commit;
import static io.releasecopilot.correlate.Fixtures.commitResult;
import static io.releasecopilot.correlate.Fixtures.hash;
import static io.releasecopilot.correlate.Fixtures.input;
import static io.releasecopilot.correlate.Fixtures.merge;
import static io.releasecopilot.correlate.Fixtures.onBranch;
import static io.releasecopilot.correlate.Fixtures.pullRequest;
import static io.releasecopilot.correlate.Fixtures.settings;
import static io.releasecopilot.correlate.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelatorTest {

    @Test
    void shouldLinkCommitsToStoriesOfTheVersion() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1"), story("ABC-2")),
                List.of(commit("portal", "a1", 1, "ABC-1 login\n\nalso touches abc-2"))), settings());

        CommitResult commit = commitResult(result, "a1");
        assertThat(commit.category()).isEqualTo(CommitCategory.LINKED);
        assertThat(commit.links()).containsExactly(new Link("ABC-1", LinkSource.MESSAGE),
                new Link("ABC-2", LinkSource.MESSAGE));
        assertThat(commit.outOfScopeKeys()).isEmpty();
        assertThat(commit.reason()).isNull();
    }

    @Test
    void shouldMarkKeysOfAuditedProjectsOutsideTheVersionAsOutOfScope() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "a1", 1, "ABC-77 unrelated"),
                        commit("portal", "a2", 2, "ABC-1 and ABC-77"))), settings());

        assertThat(commitResult(result, "a1").category()).isEqualTo(CommitCategory.OUT_OF_SCOPE);
        assertThat(commitResult(result, "a1").outOfScopeKeys()).containsExactly(new Link("ABC-77", LinkSource.MESSAGE));
        assertThat(commitResult(result, "a2").category()).isEqualTo(CommitCategory.LINKED);
        assertThat(commitResult(result, "a2").outOfScopeKeys()).containsExactly(new Link("ABC-77", LinkSource.MESSAGE));
    }

    @Test
    void shouldIgnoreKeysOfOtherProjectsEntirely() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "a1", 1, "Backport JDK-8284161, handle UTF-8 and SHA-256, fix CVE-2024-1"))),
                settings());

        CommitResult commit = commitResult(result, "a1");
        assertThat(commit.category()).isEqualTo(CommitCategory.ORPHAN);
        assertThat(commit.links()).isEmpty();
        assertThat(commit.outOfScopeKeys()).isEmpty();
        assertThat(result.auditedProjects()).containsExactly("ABC");
    }

    @Test
    void shouldAuditExtraProjects() {
        CorrelationSettings settings = new CorrelationSettings(Set.of("ops", "MOB"), List.of(), List.of(), null, Set.of());

        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "a1", 1, "OPS-12 rotate certs"))), settings);

        assertThat(result.auditedProjects()).containsExactly("ABC", "MOB", "OPS");
        assertThat(commitResult(result, "a1").category()).isEqualTo(CommitCategory.OUT_OF_SCOPE);
    }

    @Test
    void shouldCountACommitOnTwoBranchesOnceWithBothBranches() {
        Commit onDevelop = commit("portal", "a1", 1, "ABC-1 login");
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(onDevelop, onBranch(onDevelop, "release/1.0"), onBranch(onDevelop, "develop"),
                        commit("api", "a1", 1, "ABC-1 same hash, other repo"))), settings());

        assertThat(result.commits()).hasSize(2);
        assertThat(result.counts().commitsTotal()).isEqualTo(2);
        assertThat(result.commits().get(1).commit().repo()).isEqualTo("portal");
        assertThat(result.commits().get(1).commit().branches()).containsExactly("develop", "release/1.0");
        assertThat(Fixtures.storyResult(result, "ABC-1").commits()).hasSize(2);
    }

    @Test
    void shouldFlagMergesAndLinkTheMergedBranch() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-9"), story("ABC-10")),
                List.of(merge("portal", "m1", 1, "Merged in feature/ABC-9-x (pull request #3)\n\nABC-10 too"),
                        merge("portal", "m2", 2, "Merge branch 'feature/abc-10' into develop\n\nsee ABC-10"))),
                settings());

        CommitResult first = commitResult(result, "m1");
        assertThat(first.commit().merge()).isTrue();
        assertThat(first.category()).isEqualTo(CommitCategory.LINKED);
        assertThat(first.links()).containsExactly(new Link("ABC-9", LinkSource.MERGED_BRANCH),
                new Link("ABC-10", LinkSource.MESSAGE));
        assertThat(commitResult(result, "m2").links()).as("message wins over merged branch")
                .containsExactly(new Link("ABC-10", LinkSource.MESSAGE));
    }

    @Test
    void shouldTreatASquashMergeMessageOnASingleParentCommitAsMessage() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-9")),
                List.of(commit("portal", "s1", 1, "Merged in feature/ABC-9 (pull request #3)"))), settings());

        assertThat(commitResult(result, "s1").links()).containsExactly(new Link("ABC-9", LinkSource.MESSAGE));
    }

    @Test
    void shouldLinkThroughPullRequestTitleAndBranch() {
        AuditInput input = input(List.of(story("ABC-1"), story("ABC-2"), story("ABC-3")),
                List.of(commit("portal", "a1", 1, "wip"), commit("portal", "a2", 2, "ABC-3 tests"),
                        commit("api", "a1", 1, "wip in another repo")),
                List.of(pullRequest("portal", 4, "ABC-1 Login page", "feature/ABC-2-login", hash("a1"), hash("a2")),
                        pullRequest("portal", 5, "no key", "bugfix/ABC-88", hash("a1"))));

        AuditResult result = Correlator.correlate(input, settings());

        assertThat(commitResult(result, "a2").links()).containsExactly(new Link("ABC-3", LinkSource.MESSAGE),
                new Link("ABC-1", LinkSource.PR_TITLE), new Link("ABC-2", LinkSource.PR_BRANCH));
        CommitResult portal = result.commits().stream()
                .filter(c -> c.commit().repo().equals("portal") && c.commit().hash().equals(hash("a1")))
                .findFirst().orElseThrow();
        assertThat(portal.links()).containsExactly(new Link("ABC-1", LinkSource.PR_TITLE),
                new Link("ABC-2", LinkSource.PR_BRANCH));
        assertThat(portal.outOfScopeKeys()).containsExactly(new Link("ABC-88", LinkSource.PR_BRANCH));
        CommitResult api = result.commits().stream().filter(c -> c.commit().repo().equals("api"))
                .findFirst().orElseThrow();
        assertThat(api.category()).as("pull requests link only their own repository").isEqualTo(CommitCategory.ORPHAN);
    }

    @Test
    void shouldOrderCommitsByRepoThenNewestFirstThenHash() {
        AuditResult result = Correlator.correlate(input(List.of(story("ABC-1")),
                List.of(commit("portal", "b1", 1, "x"), commit("api", "c1", 1, "x"), commit("portal", "b3", 3, "x"),
                        commit("portal", "b2", 3, "x"), new Commit("portal", hash("b0"), null, "", null, "x",
                                List.of(), 1))), settings());

        assertThat(result.commits()).extracting(c -> c.commit().repo() + ":" + c.commit().hash().substring(0, 2))
                .containsExactly("api:c1", "portal:b2", "portal:b3", "portal:b1", "portal:b0");
    }

    @Test
    void shouldMakeCountsAddUp() {
        AuditCounts result = Correlator.correlate(input(List.of(story("ABC-1"), story("ABC-2"), story("ABC-3")),
                List.of(commit("portal", "a1", 1, "ABC-1"), commit("portal", "a2", 2, "ABC-50"),
                        commit("portal", "a3", 3, "chore"), commit("portal", "a4", 4, "Revert \"ABC-2\""),
                        commit("portal", "a5", 0, "ABC-2"))),
                Fixtures.withExemptions(new Exemption(Exemption.Kind.MESSAGE, "^chore"))).counts();

        assertThat(result).isEqualTo(new AuditCounts(3, 1, 1, 1, 5, 3, 0, 1, 1));
        assertThat(result.storiesWithCommits() + result.storiesWithoutCommits() + result.storiesRevertedOnly())
                .isEqualTo(result.storiesTotal());
        assertThat(result.linkedCommits() + result.outOfScopeCommits() + result.exemptCommits()
                + result.orphanCommits()).isEqualTo(result.commitsTotal());
    }

    @Test
    void shouldNotChangeItsInputAndGiveTheSameResultTwice() {
        Commit commit = commit("portal", "a1", 1, "ABC-1");
        AuditInput input = input(List.of(story("ABC-1")), List.of(commit, onBranch(commit, "main")));
        AuditInput copy = input(List.of(story("ABC-1")), List.of(commit, onBranch(commit, "main")));

        AuditResult first = Correlator.correlate(input, settings());
        AuditResult second = Correlator.correlate(input, settings());

        assertThat(input).isEqualTo(copy);
        assertThat(input.commits().get(0).branches()).containsExactly("develop");
        assertThat(second).isEqualTo(first);
        assertThat(first.input()).isSameAs(input);
    }

    @Test
    void shouldHandleAnEmptyInput() {
        AuditResult result = Correlator.correlate(input(List.of(), List.of()), settings());

        assertThat(result.counts()).isEqualTo(new AuditCounts(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(result.counts().coverage()).isEqualTo(1.0);
        assertThat(result.warnings()).isEmpty();
    }
}
