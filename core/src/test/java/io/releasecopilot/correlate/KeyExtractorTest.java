package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KeyExtractorTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("plain", "ABC-1 fix login", List.of("ABC-1")),
                Arguments.of("lower case is upper-cased", "abc-7 fix", List.of("ABC-7")),
                Arguments.of("mixed case", "Abc-7 fix", List.of("ABC-7")),
                Arguments.of("UTF-8 alone is syntactically a key", "Handle UTF-8 BOM", List.of("UTF-8")),
                Arguments.of("UTF-8 inside XUTF-8 is XUTF-8", "XUTF-8", List.of("XUTF-8")),
                Arguments.of("ISO-8601 is a key shape", "parse ISO-8601 dates", List.of("ISO-8601")),
                Arguments.of("SHA-256 is a key shape", "use SHA-256", List.of("SHA-256")),
                Arguments.of("version-like number is no key", "bump ABC-1.2", List.of()),
                Arguments.of("leading zero is no key", "ABC-012 and ABC-0", List.of()),
                Arguments.of("letter before is a longer project", "XABC-1", List.of("XABC-1")),
                Arguments.of("digit before the project", "1ABC-1", List.of()),
                Arguments.of("underscore before the project", "_ABC-1", List.of()),
                Arguments.of("dash before the project", "X-ABC-1", List.of()),
                Arguments.of("project may hold digits and underscore", "ABC_1-2 and A2B-3", List.of("ABC_1-2", "A2B-3")),
                Arguments.of("letter after", "ABC-1x", List.of()),
                Arguments.of("underscore after", "ABC-1_x", List.of()),
                Arguments.of("dash after is fine", "ABC-1-login", List.of("ABC-1")),
                Arguments.of("brackets back to back", "[ABC-1][ABC-2] done", List.of("ABC-1", "ABC-2")),
                Arguments.of("comma separated", "ABC-1,ABC-2", List.of("ABC-1", "ABC-2")),
                Arguments.of("parentheses", "fix (ABC-1)", List.of("ABC-1")),
                Arguments.of("colon after", "ABC-1: fix", List.of("ABC-1")),
                Arguments.of("sentence end", "This fixes ABC-1.", List.of("ABC-1")),
                Arguments.of("sentence end then more", "Fixes ABC-1. Next ABC-2.", List.of("ABC-1", "ABC-2")),
                Arguments.of("after punctuation", "see:ABC-1;ABC-2!ABC-3?", List.of("ABC-1", "ABC-2", "ABC-3")),
                Arguments.of("hash and at", "#ABC-1 @ABC-2", List.of("ABC-1", "ABC-2")),
                Arguments.of("branch name", "feature/abc-7-login", List.of("ABC-7")),
                Arguments.of("key then dash key", "ABC-1-DEF-2", List.of("ABC-1")),
                Arguments.of("Bitbucket merge", "Merged in feature/ABC-9-x (pull request #3)", List.of("ABC-9")),
                Arguments.of("revert subject", "Revert \"ABC-3 add cache\"", List.of("ABC-3")),
                Arguments.of("revert body hash", "This reverts commit 3f2a9c1e0b.", List.of()),
                Arguments.of("hash with key shape inside", "deadbeef-12 a1b2c3d", List.of("DEADBEEF-12")),
                Arguments.of("other projects", "JDK-8284161 CVE-2024-1 ABC-4", List.of("JDK-8284161", "CVE-2024", "ABC-4")),
                Arguments.of("CVE with long number", "CVE-2024-12345", List.of("CVE-2024")),
                Arguments.of("line ends", "first ABC-1\nsecond ABC-2\r\nthird ABC-3", List.of("ABC-1", "ABC-2", "ABC-3")),
                Arguments.of("tabs", "\tABC-1\t", List.of("ABC-1")),
                Arguments.of("distinct in order of first appearance", "ABC-2 ABC-1 abc-2 ABC-1", List.of("ABC-2", "ABC-1")),
                Arguments.of("emoji around", "\uD83D\uDE80ABC-1\u2705 \uD83D\uDC1BABC-2", List.of("ABC-1", "ABC-2")),
                Arguments.of("CJK around", "修复ABC-1问题", List.of("ABC-1")),
                Arguments.of("accented letters around", "réparé ABC-1 über", List.of("ABC-1")),
                Arguments.of("non-ASCII letter in project splits it", "ÄBC-1", List.of("BC-1")),
                Arguments.of("non-ASCII digit after", "ABC-1٣", List.of("ABC-1")),
                Arguments.of("dash at end", "ABC-", List.of()),
                Arguments.of("dash only", "-", List.of()),
                Arguments.of("number alone", "-1", List.of()),
                Arguments.of("empty", "", List.of()),
                Arguments.of("at very start and end", "A-1", List.of("A-1")),
                Arguments.of("dot then letter is fine", "ABC-1.x", List.of("ABC-1")),
                Arguments.of("double dot", "ABC-1..2", List.of("ABC-1")),
                Arguments.of("url path", "https://jira.acme.test/browse/ABC-12?focus=1", List.of("ABC-12")),
                Arguments.of("quoted", "'ABC-1' \"ABC-2\"", List.of("ABC-1", "ABC-2")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("messages")
    void shouldExtractKeys(String description, String message, List<String> expected) {
        assertThat(KeyExtractor.extract(message)).as(description).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ABC-12, true",
        "abc-12, true",
        "A_1-9, true",
        "ABC-012, false",
        "ABC-1.2, false",
        "'ABC-12 ', false",
        "' ABC-12', false",
        "ABC-12x, false",
        "ABC12, false",
        "1ABC-2, false",
        "'ABC-1 ABC-2', false",
        "'', false",
    })
    void shouldRecogniseWholeKeys(String text, boolean expected) {
        assertThat(KeyExtractor.isKey(text)).isEqualTo(expected);
    }

    @Test
    void shouldHandleNull() {
        assertThat(KeyExtractor.extract(null)).isEmpty();
        assertThat(KeyExtractor.isKey(null)).isFalse();
    }

    @Test
    void shouldReportPositions() {
        List<String> seen = new ArrayList<>();
        KeyExtractor.scan("x abc-1 ABC-1", (key, start, end) -> seen.add(key + "@" + start + ".." + end));

        assertThat(seen).containsExactly("ABC-1@2..7", "ABC-1@8..13");
    }

    @Test
    void shouldScanVeryLongMessages() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("word-").append(i % 10).append(" \u00e9 ");
        }
        text.append("a".repeat(500_000)).append("-1 ");
        text.append("end ABC-99999");

        assertThat(KeyExtractor.extract(text)).containsExactly("WORD-1", "WORD-2", "WORD-3", "WORD-4", "WORD-5",
                "WORD-6", "WORD-7", "WORD-8", "WORD-9", "A".repeat(500_000) + "-1", "ABC-99999");
    }

    @Test
    void shouldReturnTheSharedEmptyListForTextWithoutKeys() {
        assertThat(KeyExtractor.extract("chore: bump deps")).isSameAs(List.of());
    }
}
