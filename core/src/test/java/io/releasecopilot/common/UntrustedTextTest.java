package io.releasecopilot.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    /** A Jira summary that shows as "Fix login gnp.exe" but reads "exe.png" backwards: U+202E and U+202C. */
    private static final String SPOOFED_SUMMARY = " Fix\r\n\tlogin \u202Egnp.exe\u202C\u0007 now  ";

    @Test
    void shouldPutTextOnOneLineWithoutControlsOrBidiOverrides() {
        assertThat(UntrustedText.oneLine(SPOOFED_SUMMARY)).isEqualTo("Fix login gnp.exe now");
        assertThat(UntrustedText.oneLine(null)).isEmpty();
        assertThat(UntrustedText.oneLine("plain text stays")).isEqualTo("plain text stays");
    }

    @Test
    void shouldDropEveryCharacterThatCanSpoofTheReadingOrder() {
        String spoof = "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j"
                + "\u200Bk\u200Cl\u200Dm\u200En\u200Fo\u061Cp\uFEFFq\u2060r\u00ADs";

        assertThat(UntrustedText.oneLine(spoof)).isEqualTo("abcdefghijklmnopqrs");
    }

    @Test
    void shouldTurnC0AndC1ControlsAndSeparatorsIntoOneSpace() {
        assertThat(UntrustedText.oneLine("a\u0000b\u001b[31mc\u007Fd\u0085e\u009Bf\u2028g\u2029h\u00A0i\u3000j"))
                .isEqualTo("a b [31mc d e f g h i j");
    }

    @Test
    void shouldReplaceALoneSurrogateAndKeepAPair() {
        assertThat(UntrustedText.oneLine("x\uD83Dy\uDE00z \uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz \uD83D\uDE00");
    }

    @Test
    void shouldNeverSplitASurrogatePairAtAnyLimit() {
        String text = "ab" + "\uD83D\uDE00".repeat(20);
        for (int max = 1; max <= text.length() + 1; max++) {
            String cut = UntrustedText.oneLine(text, max);

            assertThat(cut.length()).as("limit %d", max).isLessThanOrEqualTo(max);
            assertThat(cut.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= 0xFFFF))
                    .as("no half pair at limit %d: %s", max, cut).isTrue();
        }
    }

    @Test
    void shouldMarkEveryCutWithOneEllipsisWithinTheLimit() {
        assertThat(UntrustedText.oneLine("x".repeat(450), 450)).hasSize(450).doesNotContain("…");
        assertThat(UntrustedText.oneLine("x".repeat(451), 450)).hasSize(450).endsWith("x…");
        assertThat(UntrustedText.oneLine("a".repeat(448) + "\uD83D\uDE00\uD83D\uDE00", 450)).hasSize(449).endsWith("a…");
        assertThat(UntrustedText.inMessage("y".repeat(1000))).hasSize(UntrustedText.MESSAGE_MAX).endsWith("y…")
                .doesNotContain("...");
        assertThat(UntrustedText.echo("z".repeat(100), 60)).hasSize(60).endsWith("z…");
        assertThat(UntrustedText.cut("word   xxxxx", 8)).isEqualTo("word…");
        assertThatThrownBy(() -> UntrustedText.cut("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldEchoAValueWithEachUnsafeCharacterShownAsAQuestionMark() {
        assertThat(UntrustedText.echo("ab\u0007c\nd\u202Ee f", 100)).isEqualTo("ab?c?d?e f");
        assertThat(UntrustedText.echo(null, 10)).isEmpty();
    }

    @Test
    void shouldTellWhetherAValueHoldsControls() {
        assertThat(UntrustedText.hasControl("release 1.0")).isFalse();
        assertThat(UntrustedText.hasControl("release\u202E1.0")).isTrue();
        assertThat(UntrustedText.hasControl("release\t1.0")).isTrue();
        assertThat(UntrustedText.hasSpaceOrControl("release 1.0")).isTrue();
        assertThat(UntrustedText.hasSpaceOrControl("release-1.0")).isFalse();
    }
}
