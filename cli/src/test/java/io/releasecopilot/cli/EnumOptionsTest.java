package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Enum options take their values in any case, by picocli's own rule, and a wrong value names the valid ones. */
class EnumOptionsTest {

    @Test
    void shouldAcceptLogLevelAndFormatInAnyCase() {
        RcRun run = RcRun.of("audit", "--offline", "--log-level", "DeBuG", "--log-format", "JSON", "--fix-version", "1.0",
                "--cache-dir", "/nonexistent-cache-dir-of-the-test");

        assertThat(run.err()).doesNotContain("Invalid value").contains("\"level\":\"ERROR\"");
    }

    @Test
    void shouldNameTheValidValuesOfAWrongOne() {
        RcRun run = RcRun.of("audit", "--log-level", "loud");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .contains("--log-level", "loud", "ERROR, WARN, INFO, DEBUG");
    }
}
