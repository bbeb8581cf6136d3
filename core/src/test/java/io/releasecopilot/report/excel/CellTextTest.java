package io.releasecopilot.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void shouldReturnCleanTextUnchanged() {
        String text = "ABC-1 fix the thing";

        assertThat(CellText.clean(text)).isSameAs(text);
    }

    @Test
    void shouldTreatNullAndEmptyAsBlank() {
        assertThat(CellText.clean(null)).isNull();
        assertThat(CellText.clean("")).isNull();
        assertThat(CellText.clean("\u0000\u0001")).isNull();
    }

    @Test
    void shouldDropCharactersXmlCannotHold() {
        assertThat(CellText.clean("a\u0000b\u0008c\u000Bd\u000Ce\u000Ef\u001Fg")).isEqualTo("abcdefg");
        assertThat(CellText.clean("tab\tlf\ncr\r")).isEqualTo("tab\tlf\ncr\r");
        assertThat(CellText.clean("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
    }

    @Test
    void shouldKeepSurrogatePairsAndDropLoneSurrogates() {
        assertThat(CellText.clean("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
        assertThat(CellText.clean("a\uD83Db")).isEqualTo("ab");
        assertThat(CellText.clean("a\uDE00b")).isEqualTo("ab");
        assertThat(CellText.clean("end\uD83D")).isEqualTo("end");
        assertThat(CellText.clean("\uDE00\uD83D")).isNull();
    }

    @Test
    void shouldTruncateAtTheCellLimitWithAMarker() {
        String text = "y".repeat(CellText.MAX_CHARS + 1);

        String cleaned = CellText.clean(text);

        assertThat(cleaned).hasSize(CellText.MAX_CHARS).endsWith(CellText.TRUNCATION_MARKER);
        assertThat(CellText.clean("y".repeat(CellText.MAX_CHARS))).hasSize(CellText.MAX_CHARS)
                .doesNotContain(CellText.TRUNCATION_MARKER);
    }

    @Test
    void shouldNotSplitASurrogatePairWhenTruncating() {
        int keep = CellText.MAX_CHARS - CellText.TRUNCATION_MARKER.length();
        String text = "z".repeat(keep - 1) + "\uD83D\uDE00" + "z".repeat(100);

        String cleaned = CellText.clean(text);

        assertThat(cleaned).isEqualTo("z".repeat(keep - 1) + CellText.TRUNCATION_MARKER);
    }

    @Test
    void shouldMeasureTheLimitAfterDroppingCharacters() {
        String text = "\u0000".repeat(10) + "w".repeat(CellText.MAX_CHARS);

        assertThat(CellText.clean(text)).isEqualTo("w".repeat(CellText.MAX_CHARS));
    }

    @Test
    void shouldEscapeLiteralCharacterCodes() {
        assertThat(CellText.clean("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(CellText.clean("a_x00e9_b_x12G4_c_x1234")).isEqualTo("a_x005F_x00e9_b_x12G4_c_x1234");
        assertThat(CellText.clean("my_xml_file")).isEqualTo("my_xml_file");
        assertThat(CellText.xmlSafe("_x0041_")).isEqualTo("_x0041_");
    }

    @Test
    void shouldTellFormulaLikeText() {
        for (String text : new String[] {"=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tX", "\rX", "\uFF1D1+1", "\uFF20x"}) {
            assertThat(CellText.isFormulaLike(text)).as(text).isTrue();
        }
        for (String text : new String[] {"ABC-1 fix", " =1+1", "x=1", "", "'=1"}) {
            assertThat(CellText.isFormulaLike(text)).as(text).isFalse();
        }
        assertThat(CellText.isFormulaLike(null)).isFalse();
    }
}
