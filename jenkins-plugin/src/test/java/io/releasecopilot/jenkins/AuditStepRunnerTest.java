package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditStepRunnerTest {

    @TempDir
    Path workspace;

    private FakeBuild build;

    @BeforeEach
    void setUp() {
        SampleWorkspace.create(workspace);
        build = new FakeBuild(workspace);
    }

    @Test
    void shouldArchiveAttachMarkUnstableOnWarnAndReturnTheMap() throws Exception {
        Map<String, Object> result = AuditStepRunner.run(SampleWorkspace.offline(), build, "test");

        assertThat(result).containsEntry("status", "WARN").containsEntry("fixVersion", "2026.03.1")
                .containsEntry("storiesTotal", 300).containsEntry("storiesWithoutCommits", 48)
                .containsEntry("orphanCommits", 554).containsEntry("outOfScopeCommits", 130)
                .containsEntry("coverage", 0.8)
                .containsEntry("reportUrl", "https://ci.example.com/job/app/7/releaseAudit/")
                .containsEntry("artifacts", List.of("release-audit/audit.json", "release-audit/audit-summary.json",
                        "release-audit/audit-summary.md", "release-audit/html/index.html",
                        "release-audit/html/report-compare.js", "release-audit/html/report-core.js",
                        "release-audit/html/report-model.js", "release-audit/html/report-table.js",
                        "release-audit/html/report-views.js", "release-audit/html/report.css",
                        "release-audit/html/report.js"));
        assertThat(result.keySet()).containsExactly("status", "fixVersion", "storiesTotal", "storiesWithCommits",
                "storiesWithoutCommits", "storiesRevertedOnly", "commitsTotal", "linkedCommits", "orphanCommits",
                "outOfScopeCommits", "exemptCommits", "coverage", "reasons", "reportUrl", "artifacts", "uploads");
        assertThat(result.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(String.class,
                Integer.class, Double.class, List.class));
        assertThat((Object) build.archived).isEqualTo(result.get("artifacts"));
        assertThat(build.attached.getStatus()).isEqualTo("WARN");
        assertThat(build.marks).singleElement().asString().startsWith("UNSTABLE: Release audit 2026.03.1: gate WARN");
        assertThat(build.credentialsAsked).as("offline runs look no credentials up").isFalse();
        assertThat(build.logText()).contains("Coverage", "[releaseAudit] archived release-audit/audit.json",
                "[releaseAudit] INFO read 300 issues");
    }

    @Test
    void shouldFailTheStepOnFailAfterArchivingAndAttaching() {
        StepOptions options = SampleWorkspace.offline();
        options.limits.put("minCoverage", 0.95);

        assertThatThrownBy(() -> AuditStepRunner.run(options, build, "test")).isInstanceOf(AbortException.class)
                .hasMessageStartingWith("[releaseAudit] Release audit 2026.03.1: gate FAIL (coverage");
        assertThat(build.archived).isNotEmpty();
        assertThat(build.attached.getStatus()).isEqualTo("FAIL");
        assertThat(build.marks).isEmpty();
    }

    @Test
    void shouldOnlyMarkTheBuildOnFailWhenAsked() throws Exception {
        StepOptions options = SampleWorkspace.offline();
        options.limits.put("minCoverage", 0.95);
        options.markOnlyOnFailure = true;

        Map<String, Object> result = AuditStepRunner.run(options, build, "test");

        assertThat(result).containsEntry("status", "FAIL");
        assertThat(build.marks).singleElement().asString().startsWith("FAILURE: ");
    }

    @Test
    void shouldLeaveTheBuildAloneOnPass() throws Exception {
        Files.writeString(workspace.resolve("policy.yml"), """
                thresholds:
                  storiesWithoutCommits: {warn: 1000}
                  storiesRevertedOnly: {warn: 1000}
                  orphanCommits: {warn: 1000}
                  outOfScopeCommits: {warn: 1000}
                """);
        StepOptions options = SampleWorkspace.offline();
        options.policyFile = "policy.yml";

        assertThat(AuditStepRunner.run(options, build, "test")).containsEntry("status", "PASS");
        assertThat(build.marks).isEmpty();
    }

    @Test
    void shouldMaskCredentialValuesInFailuresAndNeverPrintThem() {
        build.credentials = CredentialValues.none().with("BITBUCKET_ACCESS_TOKEN", "tok-s3cr3t");
        build.auditFailure = new AuditFailure("GET https://bitbucket/x?token=tok-s3cr3t answered 401", false);
        StepOptions options = SampleWorkspace.offline();
        options.offline = false;

        assertThatThrownBy(() -> AuditStepRunner.run(options, build, "test")).isInstanceOf(AbortException.class)
                .hasMessage("[releaseAudit] GET https://bitbucket/x?token=**** answered 401");
        assertThat(build.credentialsAsked).isTrue();
        assertThat(build.logText()).doesNotContain("tok-s3cr3t");
    }
}
