package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceAuditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workspace;

    private AuditSummary audit(StepOptions options) throws AuditFailure {
        return new WorkspaceAudit(options, CredentialValues.none(), CLOCK, "test").run(workspace);
    }

    @Test
    void shouldAuditTheSampleCacheOfflineAndWriteTheOutputsIntoTheWorkspace() throws Exception {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.noXlsx = false;

        AuditSummary summary = audit(options);

        assertThat(summary.getFixVersion()).isEqualTo(SampleWorkspace.FIX_VERSION);
        assertThat(summary.getStatus()).isEqualTo("WARN");
        assertThat(summary.getCounts()).containsEntry("storiesTotal", 300).containsEntry("storiesWithCommits", 240)
                .containsEntry("storiesWithoutCommits", 48).containsEntry("storiesRevertedOnly", 12)
                .containsEntry("commitsTotal", 3000).containsEntry("linkedCommits", 2316)
                .containsEntry("orphanCommits", 554).containsEntry("outOfScopeCommits", 130);
        assertThat(summary.getCoverage()).isEqualTo(0.8);
        assertThat(summary.getGeneratedAt()).isEqualTo("2026-03-20T10:00:00Z");
        assertThat(summary.getArtifacts()).containsExactly("release-audit/audit.json", "release-audit/audit.xlsx",
                "release-audit/audit-summary.json", "release-audit/audit-summary.md");
        for (String artifact : summary.getArtifacts()) {
            assertThat(workspace.resolve(artifact)).isNotEmptyFile();
        }
        assertThat(summary.getSummaryJson()).isEqualTo(Files.readString(
                workspace.resolve("release-audit/audit-summary.json")));
        assertThat(summary.getStoriesWithoutCommits()).hasSize(48);
        assertThat(summary.getStoriesRevertedOnly()).hasSize(12);
        assertThat(summary.getOrphanCommits()).hasSize(AuditDigest.ROWS);
        assertThat(summary.getOutOfScopeCommits()).hasSize(130)
                .allSatisfy(row -> assertThat(row.getKeys()).isNotEmpty());
        assertThat(summary.getText()).contains("Fix version", "WARN");
        assertThat(summary.getLog()).anySatisfy(line -> assertThat(line).contains("300 issues"));
    }

    @Test
    void shouldMapTheGateParametersAndScope() throws Exception {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.limits.put("minCoverage", 0.9);
        options.scope = "env=prod\nteam=payments";
        options.fixVersion = SampleWorkspace.FIX_VERSION;

        AuditSummary summary = audit(options);

        assertThat(summary.getStatus()).isEqualTo("FAIL");
        assertThat(summary.getReasons()).first().asString().contains("coverage");
        assertThat(summary.getScope()).containsExactly(java.util.Map.entry("env", "prod"),
                java.util.Map.entry("team", "payments"));
    }

    @Test
    void shouldRefuseLiveSourceParametersByName() {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.jiraUrl = "https://acme.atlassian.net";
        options.upload = "s3://bucket/audits";

        assertThatThrownBy(() -> audit(options)).isInstanceOf(AuditFailure.class)
                .hasMessageContaining("jiraUrl, upload").hasMessageContaining("offline: true")
                .satisfies(e -> assertThat(((AuditFailure) e).isUsage()).isTrue());
        assertThat(workspace.resolve("release-audit")).doesNotExist();
    }

    @Test
    void shouldRefuseOutputsOutsideTheWorkspace() {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.json = "../escape.json";

        assertThatThrownBy(() -> audit(options)).isInstanceOf(AuditFailure.class)
                .hasMessage("json: '../escape.json' is not a file inside the workspace");
    }

    @Test
    void shouldReportAMissingCacheAsAnAuditFailureWithoutCoreTypes() {
        StepOptions options = SampleWorkspace.offline();

        assertThatThrownBy(() -> audit(options)).isInstanceOf(AuditFailure.class).hasNoCause()
                .hasMessageContaining("temp_data");
    }

    @Test
    void shouldNameResolvedCredentialsButNeverTheirValues() {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        CredentialValues credentials = CredentialValues.none().with("JIRA_API_TOKEN", "s3cr3t-value");

        assertThatThrownBy(() -> new WorkspaceAudit(options, credentials, CLOCK, "test").run(workspace))
                .isInstanceOf(AuditFailure.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("JIRA_API_TOKEN").doesNotContain("s3cr3t"));
    }
}
