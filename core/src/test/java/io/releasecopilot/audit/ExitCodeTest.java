package io.releasecopilot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.gate.GateStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The documented exit codes: 0 PASS or WARN, 3 FAIL, 2 usage error, 1 any other error. */
class ExitCodeTest {

    @Test
    void shouldExitZeroUnlessTheGateFails() {
        assertThat(ExitCode.of(GateStatus.PASS).code()).isZero();
        assertThat(ExitCode.of(GateStatus.WARN).code()).isZero();
        assertThat(ExitCode.of(GateStatus.FAIL).code()).isEqualTo(3);
    }

    @Test
    void shouldTellUsageErrorsFromOtherErrors() {
        assertThat(ExitCode.of(new UsageException("--since-ref: no such ref")).code()).isEqualTo(2);
        assertThat(ExitCode.of(new AuditException("cache unreadable")).code()).isEqualTo(1);
        assertThat(ExitCode.of(new IllegalStateException("bug")).code()).isEqualTo(1);
        assertThat(Arrays.stream(ExitCode.values()).mapToInt(ExitCode::code)).containsExactly(0, 1, 2, 3);
    }
}
