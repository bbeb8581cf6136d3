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
                .containsEntry("id", "2026.03.1")
                .containsEntry("reportUrl", "https://ci.example.com/job/app/7/releaseAudit-2026.03.1/")
                .containsEntry("artifacts", List.of("2026.03.1/release-audit/audit.json",
                        "2026.03.1/release-audit/audit-summary.json", "2026.03.1/release-audit/audit-summary.md",
                        "2026.03.1/release-audit/html/index.html", "2026.03.1/release-audit/html/report-compare.js",
                        "2026.03.1/release-audit/html/report-core.js", "2026.03.1/release-audit/html/report-model.js",
                        "2026.03.1/release-audit/html/report-table.js", "2026.03.1/release-audit/html/report-views.js",
                        "2026.03.1/release-audit/html/report.css", "2026.03.1/release-audit/html/report.js"));
        assertThat(build.archivedFrom).containsEntry("2026.03.1/release-audit/audit.json", "release-audit/audit.json");
        assertThat(result.keySet()).containsExactly("status", "id", "fixVersion", "storiesTotal", "storiesWithCommits",
                "storiesWithoutCommits", "storiesRevertedOnly", "commitsTotal", "linkedCommits", "orphanCommits",
                "outOfScopeCommits", "exemptCommits", "coverage", "reasons", "incompleteData", "reportUrl", "artifacts",
                "uploads");
        assertThat(result.values()).allSatisfy(value -> assertThat(value).isInstanceOfAny(String.class,
                Integer.class, Double.class, List.class));
        assertThat((Object) build.archived).isEqualTo(result.get("artifacts"));
        assertThat(build.attached.getStatus()).isEqualTo("WARN");
        assertThat(build.marks).singleElement().asString().startsWith("UNSTABLE: Release audit 2026.03.1: gate WARN");
        assertThat(build.credentialsAsked).as("offline runs look no credentials up").isFalse();
        assertThat(build.attached.getUrlName()).isEqualTo("releaseAudit-2026.03.1");
        assertThat(build.logText()).contains("Coverage", "[releaseAudit] archived 2026.03.1/release-audit/audit.json",
                "[releaseAudit] INFO read 300 issues");
    }

    @Test
    void shouldGiveEachCallOfABuildItsOwnActionPageAndArtifactFolder() throws Exception {
        Map<String, Object> first = AuditStepRunner.run(SampleWorkspace.offline(), build, "test");
        Map<String, Object> second = AuditStepRunner.run(SampleWorkspace.offline(), build, "test");
        StepOptions named = SampleWorkspace.offline();
        named.id = "mobile app/2026 ";
        Map<String, Object> third = AuditStepRunner.run(named, build, "test");

        assertThat(build.actions).extracting(ReleaseAuditAction::getUrlName).containsExactly(
                "releaseAudit-2026.03.1", "releaseAudit-2026.03.1-2", "releaseAudit-mobile-app-2026");
        assertThat(List.of(first, second, third)).extracting(result -> result.get("reportUrl")).doesNotHaveDuplicates();
        assertThat(build.archived).doesNotHaveDuplicates()
                .contains("2026.03.1/release-audit/audit.json", "2026.03.1-2/release-audit/audit.json",
                        "mobile-app-2026/release-audit/audit.json");
        assertThat(build.actions.get(1).getArtifacts()).allSatisfy(path -> assertThat(path).startsWith("2026.03.1-2/"));
        assertThat(build.actions.get(1).reportFile()).isNull();
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
