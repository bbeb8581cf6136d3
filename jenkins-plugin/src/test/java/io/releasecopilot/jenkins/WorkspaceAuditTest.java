package io.releasecopilot.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceAuditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workspace;

    private final List<String> log = new ArrayList<>();

    private AuditSummary audit(StepOptions options) throws AuditFailure {
        return audit(options, CredentialValues.none());
    }

    private AuditSummary audit(StepOptions options, CredentialValues credentials) throws AuditFailure {
        return new WorkspaceAudit(options, credentials, CLOCK, "test", StepEnvironment.of(Map.of(), true), log::add)
                .run(workspace);
    }

    /** Reads the page's rows from the report JSON the audit wrote, as the build page does from the artifact. */
    private ReportRows rows(String reportJson) throws IOException {
        try (InputStream in = Files.newInputStream(workspace.resolve(reportJson))) {
            return ReportRows.read(in);
        }
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
                "release-audit/audit-summary.json", "release-audit/audit-summary.md",
                "release-audit/html/index.html", "release-audit/html/report-compare.js",
                "release-audit/html/report-core.js", "release-audit/html/report-model.js",
                "release-audit/html/report-table.js", "release-audit/html/report-views.js",
                "release-audit/html/report.css", "release-audit/html/report.js");
        for (String artifact : summary.getArtifacts()) {
            assertThat(workspace.resolve(artifact)).isNotEmptyFile();
        }
        assertThat(summary.getReportJson()).isEqualTo("release-audit/audit.json");
        assertThat(summary.getHtmlIndex()).isEqualTo("release-audit/html/index.html");
        assertThat(summary.getSummaryJson()).isEqualTo(Files.readString(
                workspace.resolve("release-audit/audit-summary.json")));
        ReportRows rows = rows("release-audit/audit.json");
        assertThat(rows.storiesWithoutCommits()).hasSize(48);
        assertThat(rows.storiesRevertedOnly()).hasSize(12);
        assertThat(rows.orphanCommits()).hasSize(ReportRows.ROWS);
        assertThat(rows.outOfScopeCommits()).hasSize(130)
                .allSatisfy(row -> assertThat(row.getKeys()).isNotEmpty());
        assertThat(summary.getText()).contains("Fix version", "WARN");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("300 issues"));
    }

    @Test
    void shouldFailTheGateOnAnIncompleteCacheUnlessAllowedAndListItEitherWay() throws Exception {
        SampleWorkspace.create(workspace);
        Path manifest = workspace.resolve(StepOptions.DEFAULT_CACHE_DIR).resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"complete\": true",
                "\"complete\": false"));
        StepOptions options = SampleWorkspace.offline();

        AuditSummary strict = audit(options);
        options.allowIncomplete = true;
        AuditSummary allowed = audit(options);

        assertThat(strict.getStatus()).isEqualTo("FAIL");
        assertThat(strict.getReasons()).first().asString().startsWith("incomplete data: the Jira fetch");
        assertThat(strict.getIncompleteData()).containsExactly("the Jira fetch is incomplete (3 pages cached)");
        assertThat(allowed.getStatus()).as("the sample's own verdict").isEqualTo("WARN");
        assertThat(allowed.getReasons()).noneMatch(reason -> reason.startsWith("incomplete data"));
        assertThat(allowed.getIncompleteData()).containsExactly("the Jira fetch is incomplete (3 pages cached)");
        assertThat(allowed.toStepResult("r", "id", List.of()).get("incompleteData"))
                .isEqualTo(List.of("the Jira fetch is incomplete (3 pages cached)"));
        assertThat(JSON.readTree(workspace.resolve("release-audit/audit.json").toFile()).path("gate")
                .path("incompleteData").get(0).asText()).isEqualTo("the Jira fetch is incomplete (3 pages cached)");
    }

    @Test
    void shouldWriteAnOutputLeftEmptyToItsDefaultPath() throws Exception {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        // what a Snippet Generator form with empty text boxes binds
        options.json = null;
        options.html = " ";
        options.summary = null;

        AuditSummary summary = audit(options);

        assertThat(summary.getArtifacts()).contains("release-audit/audit.json", "release-audit/audit-summary.json",
                "release-audit/html/index.html");
        assertThat(summary.getReportJson()).isNotNull();
    }

    @Test
    void shouldLeaveOutTheOutputsSwitchedOff() throws Exception {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.noHtml = true;
        options.noJson = true;
        options.json = "release-audit/ignored.json";

        AuditSummary summary = audit(options);

        assertThat(summary.getArtifacts()).containsExactly("release-audit/audit-summary.json",
                "release-audit/audit-summary.md");
        assertThat(summary.getReportJson()).isNull();
        assertThat(summary.getHtmlIndex()).isNull();
    }

    @Test
    void shouldMapTheGateParametersAndScope() throws Exception {
        SampleWorkspace.create(workspace);
        StepOptions options = SampleWorkspace.offline();
        options.limits.put("minCoverage", 0.9);
        options.scope = new LinkedHashMap<>(Map.of("env", "prod"));
        options.scope.put("team", "payments");
        options.fixVersion = SampleWorkspace.FIX_VERSION;

        AuditSummary summary = audit(options);

        assertThat(summary.getStatus()).isEqualTo("FAIL");
        assertThat(summary.getReasons()).first().asString().contains("coverage");
        assertThat(summary.getScope()).containsExactly(Map.entry("env", "prod"), Map.entry("team", "payments"));
    }

    @Test
    void shouldFetchJiraAndBitbucketCloudIntoTheWorkspaceCacheThenAudit() throws Exception {
        try (AtlassianFake fake = new AtlassianFake().failingOnce()) {
            AuditSummary summary = audit(fake.options(), AtlassianFake.credentials());

            assertThat(summary.getFixVersion()).isEqualTo(AtlassianFake.FIX_VERSION);
            assertThat(summary.getCounts()).containsEntry("storiesTotal", 2).containsEntry("storiesWithCommits", 1)
                    .containsEntry("commitsTotal", 3).containsEntry("linkedCommits", 1)
                    .containsEntry("orphanCommits", 1).containsEntry("outOfScopeCommits", 1);
            assertThat(workspace.resolve("temp_data/manifest.json")).isRegularFile();
            String basic = Base64.getEncoder().encodeToString(("rm@acme.test:" + AtlassianFake.JIRA_TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            fake.server.verify(getRequestedFor(urlPathEqualTo(AtlassianFake.SEARCH))
                    .withHeader("Authorization", equalTo("Basic " + basic)));
            fake.server.verify(2, getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS))
                    .withHeader("Authorization", equalTo("Bearer " + AtlassianFake.BITBUCKET_TOKEN)));
        }
        assertThat(log).as("the retry is logged on a fetch thread and still reaches the build log")
                .anySatisfy(line -> assertThat(line).contains("retrying GET").contains("503"))
                .anySatisfy(line -> assertThat(line).contains("Fetched"))
                .noneSatisfy(line -> assertThat(line).contains(AtlassianFake.JIRA_TOKEN))
                .noneSatisfy(line -> assertThat(line).contains(AtlassianFake.BITBUCKET_TOKEN));
        assertThat(workspace.resolve("temp_data/manifest.json")).content()
                .doesNotContain(AtlassianFake.JIRA_TOKEN, AtlassianFake.BITBUCKET_TOKEN);
    }

    @Test
    void shouldReadTheCommitsFromTheWorkspaceCloneByDefaultWhenNoReposAreGiven() throws Exception {
        GitWorkspace.create(workspace, "APP-1 checkout page", "no key here");
        try (AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.repos = null;
            options.branches = null;
            options.sinceRef = "v1.0";

            AuditSummary summary = audit(options, AtlassianFake.credentials());

            assertThat(summary.getCounts()).containsEntry("storiesTotal", 2).containsEntry("commitsTotal", 2)
                    .containsEntry("linkedCommits", 1).containsEntry("orphanCommits", 1);
            fake.server.verify(0, getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS)));
        }
        JsonNode report = JSON.readTree(workspace.resolve("release-audit/audit.json").toFile());
        assertThat(report.path("repositories").get(0).path("flavor").asText()).isEqualTo("git");
    }

    @Test
    void shouldReadAnExplicitCloneOfflineAgainstTheCache() throws Exception {
        SampleWorkspace.create(workspace);
        String key = JSON.readTree(workspace.resolve("temp_data/jira/page-00001.json").toFile()).path("issues")
                .get(0).path("key").asText();
        GitWorkspace.create(workspace.resolve("src"), key + ": first change", "fix typo");
        StepOptions options = SampleWorkspace.offline();
        options.gitDir = "src";
        options.branches = List.of("main");
        options.sinceRef = "v1.0";
        options.repos = List.of("portal");

        AuditSummary summary = audit(options);

        assertThat(summary.getCounts()).containsEntry("commitsTotal", 2).containsEntry("linkedCommits", 1)
                .containsEntry("orphanCommits", 1).containsEntry("storiesWithCommits", 1);
        assertThat(rows("release-audit/audit.json").orphanCommits()).singleElement()
                .satisfies(row -> assertThat(row.getRepo()).isEqualTo("portal"));
    }

    @Test
    void shouldNameStepParametersInTheCoresUsageErrors() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.workspace = null;

            assertThatThrownBy(() -> audit(options, AtlassianFake.credentials())).isInstanceOf(AuditFailure.class)
                    .hasMessage("workspace is required with repos")
                    .satisfies(e -> assertThat(((AuditFailure) e).isUsage()).isTrue());
        }
        assertThat(workspace.resolve("release-audit")).doesNotExist();
    }

    @Test
    void shouldAskForTheCredentialsIdOfEachLiveSource() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            assertThatThrownBy(() -> audit(fake.options())).hasMessageStartingWith(
                    "jiraCredentialsId is required to fetch from Jira (" + fake.url() + ")");
            CredentialValues jiraOnly = CredentialValues.none().with("JIRA_EMAIL", "rm@acme.test")
                    .with("JIRA_API_TOKEN", AtlassianFake.JIRA_TOKEN);
            assertThatThrownBy(() -> audit(fake.options(), jiraOnly))
                    .hasMessageStartingWith("bitbucketCredentialsId is required to fetch from Bitbucket");
            fake.server.verify(0, getRequestedFor(urlPathEqualTo(AtlassianFake.SEARCH)));
        }
    }

    @Test
    void shouldMaskCredentialValuesInFailures() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            StepOptions options = fake.options();
            options.bitbucketUrl = fake.url() + "/" + AtlassianFake.BITBUCKET_TOKEN;

            assertThatThrownBy(() -> audit(options, AtlassianFake.credentials())).isInstanceOf(AuditFailure.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("****")
                            .doesNotContain(AtlassianFake.BITBUCKET_TOKEN));
        }
        assertThat(log).noneSatisfy(line -> assertThat(line).contains(AtlassianFake.BITBUCKET_TOKEN));
    }

    @Test
    void shouldMaskEverySourcesCredentialInABitbucketErrorBeforeItIsCut() throws Exception {
        String jiraToken = "Zq7xJ1rT9wLk2Vd3NpQ8sYh4MfB6cXeA";
        String bitbucketToken = "Kp4Rt8Wm/Hz2+Qx6Ln9=Vb3Jd7Fs1Gy5";
        String basic = Base64.getEncoder().encodeToString(("rm@acme.test:" + jiraToken)
                .getBytes(StandardCharsets.UTF_8));
        CredentialValues credentials = CredentialValues.none().with("JIRA_EMAIL", "rm@acme.test")
                .with("JIRA_API_TOKEN", jiraToken).with("BITBUCKET_ACCESS_TOKEN", bitbucketToken);
        try (AtlassianFake fake = new AtlassianFake()) {
            fake.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(AtlassianFake.COMMITS))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                            .withBody("{\"error\": {\"message\": \"Basic " + basic + " is for Jira; " + "x".repeat(101)
                                    + " " + bitbucketToken + "\"}}")));

            assertThatThrownBy(() -> audit(fake.options(), credentials)).isInstanceOf(AuditFailure.class)
                    .satisfies(e -> log.add(e.getMessage()));
        }
        for (String secret : List.of(jiraToken, bitbucketToken, basic)) {
            for (int start = 0; start + 8 <= secret.length(); start++) {
                String part = secret.substring(start, start + 8);
                assertThat(log).as("a log line or the failure with '%s'", part).noneMatch(line -> line.contains(part));
            }
        }
        assertThat(log).anySatisfy(line -> assertThat(line).contains("403").contains("****"));
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
}
