package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GateDecisionTest {

    @Test
    void shouldFollowProductSection6() {
        assertThat(GateDecision.of("PASS", false)).isEqualTo(GateDecision.NONE);
        assertThat(GateDecision.of("WARN", false)).isEqualTo(GateDecision.MARK_UNSTABLE);
        assertThat(GateDecision.of("WARN", true)).isEqualTo(GateDecision.MARK_UNSTABLE);
        assertThat(GateDecision.of("FAIL", false)).isEqualTo(GateDecision.FAIL_STEP);
        assertThat(GateDecision.of("FAIL", true)).isEqualTo(GateDecision.MARK_FAILURE);
    }

    @Test
    void shouldNameVersionVerdictAndReasons() {
        AuditSummary summary = new AuditSummary();
        summary.fixVersion = "1.0";
        summary.status = "WARN";
        summary.reasons.add("3 orphan commits (WARN above 0)");
        assertThat(GateDecision.message(summary))
                .isEqualTo("Release audit 1.0: gate WARN (3 orphan commits (WARN above 0))");
    }
}
