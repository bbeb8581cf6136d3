package io.releasecopilot.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.gate.GateStatus;
import org.junit.jupiter.api.Test;

class TextSummaryTest {

    @Test
    void shouldRenderAnAlignedBlock() {
        String text = TextSummary.render(AuditReportFixture.sample());

        assertThat(text).isEqualTo("""
                Fix version        1.4.0
                Scope              env=prod, team=payments
                Gate               WARN
                                   - WARN: 1 stories without commits (maximum 0)
                                   - WARN: 1 orphan commits (maximum 0)
                Coverage           50.0 % of stories have commits

                Stories            4
                  with commits     2
                  without commits  1
                  reverted only    1
                Commits            8
                  linked           4
                  orphan           1
                  out of scope     1
                  exempt           2
                """);
    }

    @Test
    void shouldRightAlignLargeFiguresAndLeaveOutAnEmptyScope() {
        AuditReportFixture fixture = AuditReportFixture.fixVersion("2.0");
        for (int i = 0; i < 1234; i++) {
            fixture.commit("api", i, "m", CommitCategory.ORPHAN);
        }
        fixture.story("ABC-1", "s", StoryCategory.WITH_COMMITS);
        fixture.story("ABC-2", "s", StoryCategory.WITHOUT_COMMITS);
        fixture.story("ABC-3", "s", StoryCategory.WITHOUT_COMMITS);

        String text = TextSummary.render(fixture.gate(GateStatus.PASS).build());

        assertThat(text).doesNotContain("Scope").contains("Gate               PASS\nCoverage ");
        assertThat(text).contains("Stories               3\n", "Commits            1234\n", "  orphan           1234\n",
                "  linked              0\n");
        assertThat(text).contains("33.3 % of stories");
    }

    @Test
    void shouldNotLetUntrustedTextReachTheTerminalRaw() {
        AuditReport report = AuditReportFixture.fixVersion("1.0\u001b[2J\u001b]0;pwned\u0007\nfake line\u202E")
                .gate(GateStatus.FAIL, "FAIL: x\r\nGate               PASS")
                .build();

        String text = TextSummary.render(report);

        assertThat(text).doesNotContain("\u001b", "\u0007", "\r", "\u202E");
        assertThat(text).startsWith("Fix version        1.0 [2J ]0;pwned fake line\n");
        assertThat(text).contains("- FAIL: x Gate PASS\n");
    }

    @Test
    void shouldRoundCoverageDownSoFullCoverageIsNeverOverstated() {
        AuditReportFixture fixture = AuditReportFixture.fixVersion("2.0");
        for (int i = 1; i <= 2000; i++) {
            fixture.story("ABC-" + i, "s", i == 1 ? StoryCategory.WITHOUT_COMMITS : StoryCategory.WITH_COMMITS);
        }

        assertThat(TextSummary.render(fixture.build())).contains("99.9 % of stories");
    }
}
