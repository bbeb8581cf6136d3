package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RevertsTest {

    static Stream<Arguments> hashLines() {
        return Stream.of(
                Arguments.of("Revert \"x\"\n\nThis reverts commit 3f2a9c1e0b7d.", List.of("3f2a9c1e0b7d")),
                Arguments.of("this REVERTS COMMIT 3F2A9C1", List.of("3f2a9c1")),
                Arguments.of("This reverts commit 3f2a9c1, reverting ABC-1", List.of("3f2a9c1")),
                Arguments.of("This reverts commit 3f2a9c", List.of()),
                Arguments.of("This reverts commit " + "a".repeat(41), List.of()),
                Arguments.of("This reverts commit 3f2a9c1x", List.of()),
                Arguments.of("This reverts commit abcdef1.\nThis reverts commit 1234567.", List.of("abcdef1", "1234567")),
                Arguments.of("Reverts acme/portal#12", List.of()),
                Arguments.of("revert the revert", List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hashLines")
    void shouldFindRevertedHashes(String message, List<String> expected) {
        assertThat(Reverts.revertedHashes(message)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> subjects() {
        return Stream.of(
                Arguments.of("Revert \"ABC-3 add cache\"", "ABC-3 add cache"),
                Arguments.of("Revert \"Revert \"ABC-3 add cache\"\"", "Revert \"ABC-3 add cache\""),
                Arguments.of("Reapply \"ABC-3 add cache\"", "Revert \"ABC-3 add cache\""),
                Arguments.of("Revert \"\"", null),
                Arguments.of("Revert ABC-3", null),
                Arguments.of("Revert \"ABC-3 unterminated", null),
                Arguments.of("revert \"lower case is not git's\"", null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("subjects")
    void shouldFindTheSubjectARevertNames(String subject, String expected) {
        assertThat(Reverts.targetSubject(subject)).isEqualTo(expected);
    }
}
