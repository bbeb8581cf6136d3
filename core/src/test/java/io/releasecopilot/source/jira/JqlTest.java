package io.releasecopilot.source.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JqlTest {

    @Test
    void shouldEscapeQuotesAndBackslashesOfTheFixVersion() {
        assertThat(Jql.forFixVersion("R1 \"Q4\" \\ final", List.of("abc", "DEF"), null))
                .isEqualTo("fixVersion = \"R1 \\\"Q4\\\" \\\\ final\" AND project in (\"ABC\", \"DEF\") ORDER BY key ASC");
    }

    @Test
    void shouldAndExtraJqlInParentheses() {
        assertThat(Jql.forFixVersion("2026.03", List.of(), "status != Cancelled OR labels = \"x)\""))
                .isEqualTo("fixVersion = \"2026.03\" AND (status != Cancelled OR labels = \"x)\") ORDER BY key ASC");
    }

    @Test
    void shouldRefuseProjectKeysThatAreNotKeys() {
        assertThatThrownBy(() -> Jql.forFixVersion("1", List.of("AB\") OR project = \"X"), null))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--project \"AB\") OR project = \"X\" is not a Jira project key");
        assertThatThrownBy(() -> Jql.projectKey("1ABC")).hasMessageContaining("--project \"1ABC\"");
        assertThat(Jql.projectKey(" my_proj2 ")).isEqualTo("MY_PROJ2");
    }

    @Test
    void shouldRefuseExtraJqlThatCouldEscapeItsParentheses() {
        assertThatThrownBy(() -> Jql.checkExtra("a = 1) OR (b = 2")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--jql has a ')' without its '('");
        assertThatThrownBy(() -> Jql.checkExtra("summary ~ \"open")).hasMessageStartingWith("--jql has an unterminated quote");
        assertThatThrownBy(() -> Jql.checkExtra("a = 1 ORDER BY created")).hasMessageStartingWith("--jql must not contain ORDER BY");
        assertThat(Jql.checkExtra("summary ~ \"order by\"")).isEqualTo("summary ~ \"order by\"");
    }

    @Test
    void shouldRefuseControlCharactersInTheFixVersion() {
        assertThatThrownBy(() -> Jql.forFixVersion("1.0\n OR x", List.of(), null)).isInstanceOf(UsageException.class)
                .hasMessage("--fix-version contains a control character");
    }
}
