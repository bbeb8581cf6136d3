package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A body counts only when it is one complete JSON value. */
class JsonCheckTest {

    private static Optional<String> check(String body) {
        return JsonCheck.problem(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAcceptCompleteJson() {
        assertThat(check("{\"issues\":[{\"key\":\"ABC-1\"}],\"isLast\":true}")).isEmpty();
        assertThat(check("  [1, 2, 3]\n")).isEmpty();
        assertThat(check("\"text\"")).isEmpty();
    }

    @Test
    void shouldNameTheProblemOfBrokenBodies() {
        assertThat(check("")).contains("empty body");
        assertThat(check("   ")).contains("blank body");
        assertThat(check("{\"issues\":[{\"key\":\"AB")).get().asString()
                .startsWith("malformed JSON at byte").contains("Unexpected end-of-input").doesNotContain("Source");
        assertThat(check("{\"a\":1}{\"b\":2}")).get().asString().startsWith("malformed JSON: data after the end");
        assertThat(check("<?xml version=\"1.0\"?><a/>")).get().asString().startsWith("malformed JSON at byte 0");
    }

    @Test
    void shouldLeaveLongBareTokensOutOfTheMessage() {
        assertThat(check("x".repeat(300) + "secret-after-jacksons-own-cut")).get().asString()
                .contains("Unrecognized token '…'").doesNotContain("xxxx").doesNotContain("secret");
        assertThat(check("nope")).get().asString().contains("Unrecognized token 'nope'");
    }

    @Test
    void shouldRecogniseAnHtmlPage() {
        assertThat(check("<html>gateway</html>")).contains("HTML, not JSON (a login page?)");
        assertThat(check("\uFEFF\n  <!DOCTYPE html>\n<html lang=\"en\"><head><title>Log in</title>"))
                .contains("HTML, not JSON (a login page?)");
    }
}
