package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the server said, in one short line, from each Atlassian error shape. */
class ExcerptTest {

    private static String of(String body) {
        return Excerpt.of(body.getBytes(StandardCharsets.UTF_8), new Redaction(java.util.List::of));
    }

    @Test
    void shouldReadJiraErrors() {
        assertThat(of("{\"errorMessages\":[\"Field 'fixVersion' is wrong.\"],\"errors\":{\"jql\":\"bad\"}}"))
                .isEqualTo("Field 'fixVersion' is wrong.; jql: bad");
    }

    @Test
    void shouldReadBitbucketCloudAndDataCenterErrors() {
        assertThat(of("{\"type\":\"error\",\"error\":{\"message\":\"Bad request\",\"detail\":\"no such ref\"}}"))
                .isEqualTo("Bad request; no such ref");
        assertThat(of("{\"errors\":[{\"context\":null,\"message\":\"Project ABC does not exist.\"}]}"))
                .isEqualTo("Project ABC does not exist.");
    }

    @Test
    void shouldReadOAuthErrors() {
        assertThat(of("{\"error\":\"invalid_grant\",\"error_description\":\"Unknown or invalid refresh token.\"}"))
                .isEqualTo("invalid_grant; Unknown or invalid refresh token.");
    }

    @Test
    void shouldTakeTheFirstLineOfTextAndNothingOfHtml() {
        assertThat(of("Service down\r\nfor maintenance")).isEqualTo("Service down");
        assertThat(of("<!DOCTYPE html><html>...</html>")).isEmpty();
        assertThat(of("")).isEmpty();
        assertThat(of("{broken")).isEmpty();
    }

    @Test
    void shouldKeepItToOneShortLine() {
        String excerpt = of("{\"errorMessages\":[\"a\\u0007b\\tc\\n" + "d".repeat(500) + "\"]}");
        assertThat(excerpt).startsWith("a b c d").hasSize(Excerpt.MAX).endsWith("…").doesNotContain("\n");
    }

    @Test
    void shouldDropBidiOverridesAndZeroWidthCharactersOfAServerText() {
        assertThat(of("Issue \u202Egnp.exe\u202C \u200Bnot found")).isEqualTo("Issue gnp.exe not found");
        assertThat(of("{\"errorMessages\":[\"Issue \\u2067ABC-1\\u2069 is gone\"]}")).isEqualTo("Issue ABC-1 is gone");
    }
}
