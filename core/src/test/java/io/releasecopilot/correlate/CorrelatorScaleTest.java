package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CorrelatorScaleTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldCorrelateOneHundredThousandCommitsConsistently() {
        Random random = new Random(7);
        List<Story> stories = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            stories.add(i % 10 == 0 ? Fixtures.subtask("ABC-" + i, "ABC-" + (i - 1)) : Fixtures.story("ABC-" + i));
        }
        List<Commit> commits = new ArrayList<>();
        Instant start = Instant.parse("2025-08-01T00:00:00Z");
        for (int n = 0; n < 100_000; n++) {
            int kind = random.nextInt(100);
            String message = kind < 70 ? "abc-" + (1 + random.nextInt(12_000)) + " change " + n
                    : kind < 75 ? "Merged in feature/ABC-" + (1 + random.nextInt(10_000)) + "-x (pull request #" + n + ")"
                    : kind < 77 && n >= 3 ? "Revert \"x\"\n\nThis reverts commit " + commits.get(n - 3).hash() + "."
                    : "chore: UTF-8 and SHA-256 #" + n;
            String hash = String.format(Locale.ROOT, "%016x%024x", random.nextLong(), n);
            Instant date = n % 50 == 0 ? null : start.plusSeconds(random.nextInt(2_000_000));
            commits.add(new Commit("repo" + n % 3, hash, date, "Dev", null,
                    message, List.of(n % 7 == 0 ? "main" : "develop"), kind >= 70 && kind < 75 ? 2 : 1));
        }
        commits.addAll(commits.subList(0, 10_000));
        AuditInput input = Fixtures.input(stories, commits);

        AuditResult result = Correlator.correlate(input, Fixtures.withExemptions(Exemptions.parse("message:^chore")));

        AuditCounts counts = result.counts();
        assertThat(counts.commitsTotal()).isEqualTo(100_000);
        assertThat(counts.linkedCommits() + counts.outOfScopeCommits() + counts.exemptCommits()
                + counts.orphanCommits()).isEqualTo(counts.commitsTotal());
        assertThat(counts.storiesWithCommits() + counts.storiesWithoutCommits() + counts.storiesRevertedOnly())
                .isEqualTo(counts.storiesTotal()).isEqualTo(10_000);
        assertThat(counts.outOfScopeCommits()).isPositive();
        assertThat(result.commits().stream().filter(CommitResult::reverted).count()).isGreaterThan(1_000);
        assertThat(result.commits()).isSortedAccordingTo(
                (a, b) -> Orderings.NEWEST_FIRST.compare(a.commit(), b.commit()));
        Map<String, Commit> byHash = new HashMap<>();
        result.commits().forEach(commit -> byHash.put(commit.commit().hash(), commit.commit()));
        assertThat(result.stories()).filteredOn(story -> story.commits().size() > 1).isNotEmpty()
                .allSatisfy(story -> assertThat(story.commits()).isSortedAccordingTo(
                        (a, b) -> Orderings.OLDEST_FIRST.compare(byHash.get(a.hash()), byHash.get(b.hash()))));
    }
}
