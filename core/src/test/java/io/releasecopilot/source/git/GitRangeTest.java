package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A git range is refs minus a since-ref, or refs within a date window; never both, never neither. */
class GitRangeTest {

    private static final Path DIR = Path.of("workspace");
    private static final Instant MARCH = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T00:00:00Z");

    @Test
    void shouldKeepBranchesInOrderWithoutBlanksOrRepeats() {
        GitRange range = GitRange.sinceRef(DIR, List.of(" main ", "release/2.0", "main"), " v1.0 ");

        assertThat(range.branches()).containsExactly("main", "release/2.0");
        assertThat(range.sinceRef()).isEqualTo("v1.0");
        assertThat(range.isWindow()).isFalse();
        assertThat(range.describe()).isEqualTo("^v1.0");
        assertThat(range.withRepoName("portal").repoName()).isEqualTo("portal");
    }

    @Test
    void shouldDescribeADateWindow() {
        assertThat(GitRange.window(DIR, List.of("main"), MARCH, APRIL).describe())
                .isEqualTo("2024-03-01T00:00:00Z..2024-04-01T00:00:00Z");
        assertThat(GitRange.window(DIR, List.of("main"), MARCH, null).describe()).isEqualTo("2024-03-01T00:00:00Z..");
    }

    @Test
    void shouldRejectRangesThatSayTooLittleOrTooMuch() {
        assertThatThrownBy(() -> GitRange.sinceRef(DIR, List.of(), "v1.0"))
                .isInstanceOf(UsageException.class).hasMessage("a git range needs at least one branch (--branch)");
        assertThatThrownBy(() -> GitRange.sinceRef(DIR, Arrays.asList("main", null), "v1.0"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("a git branch is empty");
        assertThatThrownBy(() -> GitRange.sinceRef(DIR, List.of("main"), " "))
                .isInstanceOf(UsageException.class)
                .hasMessage("a git range needs a since-ref (the previous release) or a since date");
        assertThatThrownBy(() -> new GitRange(DIR, List.of("main"), "v1.0", null, APRIL, null))
                .isInstanceOf(UsageException.class)
                .hasMessage("give either a since-ref (v1.0) or since/until dates, not both");
        assertThatThrownBy(() -> new GitRange(DIR, List.of("main"), null, null, APRIL, null))
                .isInstanceOf(UsageException.class).hasMessage("an until date needs a since date");
        assertThatThrownBy(() -> GitRange.window(DIR, List.of("main"), APRIL, MARCH))
                .isInstanceOf(UsageException.class)
                .hasMessage("the until date 2024-03-01T00:00:00Z is before the since date 2024-04-01T00:00:00Z");
    }
}
