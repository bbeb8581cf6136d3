package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MergeMessagesTest {

    static Stream<Arguments> merges() {
        return Stream.of(
                Arguments.of("Merged in feature/ABC-9-x (pull request #3)\n\nABC-9 login\n", List.of("feature/ABC-9-x")),
                Arguments.of("Merge branch 'feature/abc-7' into develop", List.of("feature/abc-7")),
                Arguments.of("Merge branch 'feature/ABC-7' into 'main'", List.of("feature/ABC-7")),
                Arguments.of("Merge branch 'feature/ABC-7' of https://bitbucket.org/acme/portal into develop",
                        List.of("feature/ABC-7")),
                Arguments.of("Merge branches 'ABC-1-a', 'ABC-2-b' and 'ABC-3-c' into develop",
                        List.of("ABC-1-a", "ABC-2-b", "ABC-3-c")),
                Arguments.of("Merge remote-tracking branch 'origin/x'", List.of("origin/x")),
                Arguments.of("Merge remote branch 'origin/ABC-4'", List.of("origin/ABC-4")),
                Arguments.of("Merge pull request #4 from org/feature/ABC-1\n\nLogin page", List.of("org/feature/ABC-1")),
                Arguments.of("Pull request #4: ABC-5 loading spinner\n\nMerge in TP/first-repo from feat/ABC-5-loading "
                        + "to develop\n\n* commit 'abc':\n  ABC-5 spinner", List.of("feat/ABC-5-loading")),
                Arguments.of("Merge pull request #7 in TP/repo from feat/ABC-6 to develop", List.of("feat/ABC-6")),
                Arguments.of("merge branch 'lower' into develop", List.of("lower")),
                Arguments.of("Merge branch feature/unquoted into develop", List.of("feature/unquoted")),
                Arguments.of("Merged in hotfix/ABC-8\r\n", List.of("hotfix/ABC-8")),
                Arguments.of("Merge tag 'v1.2' into main", List.of()),
                Arguments.of("Merge commit 'abc1234' into develop", List.of()),
                Arguments.of("Merge pull request #9", List.of()),
                Arguments.of("ABC-1 merge the thing", List.of()),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("merges")
    void shouldFindMergedBranches(String message, List<String> expected) {
        assertThat(MergeMessages.mergedBranches(message)).containsExactlyElementsOf(expected);
    }
}
