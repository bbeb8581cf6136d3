package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.report.html.ReportAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the "Release audit" page shows of the summary, before it is attached to a build. */
class ReleaseAuditActionTest {

    private static ReleaseAuditAction withOutputs(boolean json, boolean html) {
        AuditSummary summary = TrendFixtures.summary("2026.03.1", "WARN", 0.8, 48, 554, 130);
        List<String> artifacts = new ArrayList<>(List.of("release-audit/audit.json",
                "release-audit/audit-summary.json"));
        if (html) {
            artifacts.add("release-audit/html/index.html");
            artifacts.add("release-audit/html/report.js");
        }
        return new ReleaseAuditAction("2026.03.1", summary, artifacts, json ? "release-audit/audit.json" : null,
                html ? "release-audit/html/index.html" : null);
    }

    @Test
    void shouldOfferTheInteractiveReportWhenTheReportJsonWasArchived() {
        ReleaseAuditAction action = withOutputs(true, true);

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
        ReleaseAuditAction action = withOutputs(false, false);

        assertThat(action.isReportAvailable()).isFalse();
        assertThat(action.getHtmlFolder()).isNull();
        assertThat(action.getReportFiles()).hasSize(2);
        assertThat(action.reportFile()).isNull();
        assertThat(action.getPreviousReportUrl()).isNull();
        assertThat(action.getPreviousBuildName()).isNull();
    }

    @Test
    void shouldShowTheIncompleteFetchesInTheBoxAndOnThePageWithoutTheReport() throws IOException {
        AuditSummary summary = TrendFixtures.summary("2026.03.1", "FAIL", 0.8, 48, 554, 130);
        summary.incompleteData.add("the Jira fetch is incomplete (3 pages cached)");
        ReleaseAuditAction incomplete = new ReleaseAuditAction("2026.03.1", summary, List.of(), null, null);
        Path views = Path.of("src", "main", "resources", "io", "releasecopilot", "jenkins", "ReleaseAuditAction");

        assertThat(incomplete.getIncompleteData()).containsExactly("the Jira fetch is incomplete (3 pages cached)");
        assertThat(withOutputs(true, true).getIncompleteData()).isEmpty();
        assertThat(Files.readString(views.resolve("incomplete.jelly"), StandardCharsets.UTF_8))
                .contains("<j:if test=\"${!it.incompleteData.isEmpty()}\">", "class=\"alert alert-warning",
                        "items=\"${it.incompleteData}\"", "<li>${fetch}</li>");
        for (String view : List.of("summary.jelly", "index.jelly")) {
            assertThat(Files.readString(views.resolve(view), StandardCharsets.UTF_8)).as(view)
                    .contains("<st:include page=\"incomplete.jelly\"/>");
        }
    }
}
