package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.report.html.ReportAssets;
import org.junit.jupiter.api.Test;

/** What the "Release audit" page shows of the summary, before it is attached to a build. */
class ReleaseAuditActionTest {

    private static AuditSummary withOutputs(boolean json, boolean html) {
        AuditSummary summary = TrendFixtures.summary("2026.03.1", "WARN", 0.8, 48, 554, 130);
        summary.artifacts.add("release-audit/audit.json");
        summary.artifacts.add("release-audit/audit-summary.json");
        if (html) {
            summary.artifacts.add("release-audit/html/index.html");
            summary.artifacts.add("release-audit/html/report.js");
            summary.htmlIndex = "release-audit/html/index.html";
        }
        summary.reportJson = json ? "release-audit/audit.json" : null;
        return summary;
    }

    @Test
    void shouldOfferTheInteractiveReportWhenTheReportJsonWasArchived() {
        ReleaseAuditAction action = new ReleaseAuditAction(withOutputs(true, true));

        assertThat(action.isReportAvailable()).isTrue();
        assertThat(action.getReportScripts()).isEqualTo(ReportAssets.SCRIPTS);
        assertThat(action.getReportFiles()).containsExactly("release-audit/audit.json",
                "release-audit/audit-summary.json");
        assertThat(action.getHtmlFolder()).isEqualTo("release-audit/html");
        assertThat(action.getHtmlFolderName()).isEqualTo("html");
        assertThat(action.getCoveragePercent()).isEqualTo("80.0 %");
        assertThat(action.getStatusClass()).isEqualTo("warn");
    }

    @Test
    void shouldFallBackToTheDigestWithoutAReportJsonAndWithoutABuild() {
        ReleaseAuditAction action = new ReleaseAuditAction(withOutputs(false, false));

        assertThat(action.isReportAvailable()).isFalse();
        assertThat(action.getHtmlFolder()).isNull();
        assertThat(action.getReportFiles()).hasSize(2);
        assertThat(action.reportFile()).isNull();
        assertThat(action.getPreviousReportUrl()).isNull();
        assertThat(action.getPreviousBuildName()).isNull();
    }
}
