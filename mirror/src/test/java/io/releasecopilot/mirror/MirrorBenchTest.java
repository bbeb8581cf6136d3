package io.releasecopilot.mirror;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs {@link MirrorBench} on request: {@code -Dbench=true [-Dbench.args="issues=20000 changed=1000"]}. */
class MirrorBenchTest {

    @Test
    @EnabledIfSystemProperty(named = "bench", matches = "true")
    void shouldPrintTheFigures() throws Exception {
        MirrorBench.main(System.getProperty("bench.args", "").isBlank() ? new String[0]
                : System.getProperty("bench.args").strip().split("\\s+"));
    }
}
