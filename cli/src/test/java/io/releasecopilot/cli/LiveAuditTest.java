package io.releasecopilot.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rc audit} against fakes of Jira Cloud and Bitbucket Cloud that speak their wire formats. */
class LiveAuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "jira-token-do-not-print";
    private static final String BB_TOKEN = "bitbucket-token-do-not-print";

    @TempDir
    Path dir;

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(json("""
                {"issues": [
                  {"id": "10001", "key": "APP-1", "self": "%1$s/rest/api/3/issue/10001", "fields": {
                    "summary": "Checkout", "status": {"name": "Done", "statusCategory": {"key": "done"}},
                    "issuetype": {"name": "Story", "subtask": false}, "assignee": null,
                    "labels": [], "components": [], "fixVersions": [{"name": "R1 \\"Q4\\""}],
                    "updated": "2026-03-11T22:57:22.421+0100"}},
                  {"id": "10002", "key": "APP-2", "self": "%1$s/rest/api/3/issue/10002", "fields": {
                    "summary": "Login", "status": {"name": "To Do", "statusCategory": {"key": "new"}},
                    "issuetype": {"name": "Story", "subtask": false}, "assignee": {"displayName": "Ann"},
                    "labels": ["web"], "components": [{"name": "UI"}], "fixVersions": [{"name": "R1 \\"Q4\\""}]}}
                ], "isLast": true}""".formatted(server.baseUrl()))));
        server.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(json("""
                {"pagelen": 100, "values": [
                  %s, %s, %s
                ]}""".formatted(
                commit("c3", "APP-1 checkout page", 1),
                commit("c2", "=HYPERLINK(\\\"http://evil\\\") <script>x</script>", 1),
                commit("c1", "APP-77 other version", 1)))));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void shouldFetchJiraAndBitbucketThenAudit() throws IOException {
        RcRun run = audit();

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("dist/audit-summary.json").toFile());
        assertThat(summary.path("fixVersion").asText()).isEqualTo("R1 \"Q4\"");
        assertThat(summary.path("storiesTotal").asInt()).isEqualTo(2);
        assertThat(summary.path("storiesWithCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("linkedCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("outOfScopeCommits").asInt()).isEqualTo(1);
        assertThat(summary.path("orphanCommits").asInt()).isEqualTo(1);
        server.verify(getRequestedFor(urlPathEqualTo("/rest/api/3/search/jql"))
                .withQueryParam("jql", equalTo("fixVersion = \"R1 \\\"Q4\\\"\" ORDER BY key ASC"))
                .withHeader("Authorization", equalTo("Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("rm@acme.test:" + TOKEN).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        server.verify(getRequestedFor(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main"))
                .withHeader("Authorization", equalTo("Bearer " + BB_TOKEN)));
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/rest/api/3/search")))).isEmpty();
        assertThat(run.err() + run.out()).doesNotContain(TOKEN).doesNotContain(BB_TOKEN);
        assertThat(dir.resolve("cache/manifest.json")).content().doesNotContain(TOKEN).doesNotContain(BB_TOKEN);
    }

    @Test
    void shouldCarryHostileContentIntoSafeOutputs() throws Exception {
        String huge = "APP-2 " + "x".repeat(1_000_000);
        server.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main")).willReturn(json("""
                {"pagelen": 100, "values": [%s, %s,
                  {"hash": "%s", "message": null, "parents": []}]}""".formatted(
                commit("c3", "=HYPERLINK(\\\"http://evil\\\") <img src=x onerror=alert(1)> \\u0007\\u001b[31m", 1),
                commit("c2", huge, 1), "d".repeat(40)))));

        RcRun run = audit();

        assertThat(run.exitCode()).as(run.err()).isZero();
        String report = java.nio.file.Files.readString(dir.resolve("dist/audit.json"));
        assertThat(report).doesNotContain("<img").contains("\\u003Cimg src=x onerror=alert(1)\\u003E")
                .doesNotContain("\u0007");
        JsonNode commits = JSON.readTree(report).path("commits");
        assertThat(commits).hasSize(3);
        assertThat(commits.findValuesAsText("message")).anyMatch(message -> message.length() > 1_000_000)
                .anyMatch(message -> message.startsWith("=HYPERLINK(\"http://evil\")"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                dir.resolve("dist/audit.xlsx").toFile())) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cells::add)));
            assertThat(cells).noneMatch(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA);
            assertThat(cells).filteredOn(cell -> cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING)
                    .extracting(org.apache.poi.ss.usermodel.Cell::getStringCellValue)
                    .anyMatch(text -> text.startsWith("=HYPERLINK(\"http://evil\")"))
                    .allMatch(text -> text.length() <= 32_767);
        }
    }

    @Test
    void shouldMakeOneRequestPerRefWhenNothingIsNew() {
        assertThat(audit().exitCode()).isZero();
        server.resetRequests();

        RcRun again = audit();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/2.0/repositories/acme/portal/commits/main"))))
                .hasSize(1);
    }

    @Test
    void shouldNameTheMissingCredentials() {
        RcRun run = run(Map.of(), "--dry-run");
        assertThat(run.exitCode()).isZero();

        RcRun live = run(Map.of());

        assertThat(live.exitCode()).isEqualTo(2);
        assertThat(live.errorLines()).singleElement().asString().contains("JIRA_EMAIL").contains("JIRA_API_TOKEN");
    }

    @Test
    void shouldPlanTheUploadOfALiveRunBeforeItsCacheExists() {
        RcRun run = run(Map.of(), "--dry-run", "--upload", "s3://audits/rc", "--region", "eu-west-1",
                "--html", dir.resolve("dist/html").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("s3://audits/rc/artifacts/json/R1__Q4_/<runId>/audit.json")
                .contains("s3://audits/rc/artifacts/html/R1__Q4_/<runId>/… (the files of the HTML report)")
                .contains("s3://audits/rc/temp_data/R1__Q4_/<runId>/… (the pages the run fetches)");
        assertThat(server.getAllServeEvents()).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void shouldRefuseAnAppPassword() {
        RcRun run = run(Map.of("JIRA_EMAIL", "rm@acme.test", "JIRA_API_TOKEN", TOKEN,
                "BITBUCKET_USERNAME", "rm", "BITBUCKET_APP_PASSWORD", "app-secret"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("BITBUCKET_APP_PASSWORD")
                .contains("2026-07-28").doesNotContain("app-secret");
    }

    private RcRun audit() {
        return run(Map.of("JIRA_EMAIL", "rm@acme.test", "JIRA_API_TOKEN", TOKEN, "BITBUCKET_ACCESS_TOKEN", BB_TOKEN));
    }

    private RcRun run(Map<String, String> environment, String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--fix-version", "R1 \"Q4\"",
                "--jira-url", server.baseUrl(), "--bitbucket-url", server.baseUrl(),
                "--workspace", "acme", "--repo", "portal", "--branch", "main",
                "--cache-dir", dir.resolve("cache").toString(),
                "--json", dir.resolve("dist/audit.json").toString(),
                "--xlsx", dir.resolve("dist/audit.xlsx").toString(),
                "--summary", dir.resolve("dist/audit-summary.json").toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rc.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                environment, args.toArray(String[]::new));
        return new RcRun(code, out.toString(), err.toString());
    }

    private String commit(String id, String message, int parents) {
        String hash = (id + "0".repeat(40)).substring(0, 40).replace('c', 'a');
        return """
                {"type": "commit", "hash": "%s", "date": "2026-03-10T10:00:00+00:00",
                 "message": "%s\\n", "author": {"type": "author", "raw": "Dev <dev@acme.test>"},
                 "parents": [%s], "links": {"html": {"href": "https://bitbucket.org/acme/portal/commits/%s"}}}"""
                .formatted(hash, message, parents == 1 ? "{\"hash\": \"" + "b".repeat(40) + "\"}" : "", hash);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
