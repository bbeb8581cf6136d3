package io.releasecopilot.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.live.FetchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorAuditTest {

    private static final String VERSION = "2026.12";
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static MirrorDb db;
    private static int tables;
    private JiraFake jira;
    private MirrorStore store;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        db = new MirrorDb();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void setUp() {
        store = db.table("audit-" + (++tables));
        jira = new JiraFake();
        jira.now(NOW);
    }

    @AfterEach
    void tearDown() {
        jira.close();
    }

    /** Jira holds 230 issues of the version (some also in a hotfix version) and 40 of another; all delivered. */
    private void sameStateInJiraAndMirror() {
        WebhookHandler webhook = new WebhookHandler(store, new WebhookSecret(Configuration.of(
                Map.of("WEBHOOK_SECRET", Deliveries.SECRET.reveal()), "test"), id -> null, CLOCK), CLOCK);
        for (int i = 1; i <= 270; i++) {
            String status = i % 4 == 0 ? "In Progress" : "Done";
            String[] versions = i > 230 ? new String[] {"2027.01"} : i % 10 == 0
                    ? new String[] {VERSION, "2026.12.1"} : new String[] {VERSION};
            String key = (i % 3 == 0 ? "OPS-" : "ABC-") + i;
            ObjectNode issue = jira.put(Integer.toString(20000 + i), key, NOW.minus(Duration.ofMinutes(i)), status,
                    versions);
            ObjectNode body = IssueJson.JSON.createObjectNode().put("webhookEvent", "jira:issue_updated");
            body.set("issue", issue.deepCopy());
            webhook.handleRequest(Deliveries.signed(body.toString()), null);
        }
    }

    private AuditOutcome audit(String name, String flavor, MirrorPages mirror, boolean acceptStale) {
        Path out = dir.resolve(name);
        AuditOptions.Builder options = AuditOptions.builder().fixVersion(VERSION).cacheDir(out.resolve("cache"))
                .live(FetchRequest.builder().fixVersion(VERSION).jiraUrl(jira.site().toString()).jiraFlavor(flavor)
                        .build())
                .outputs(new OutputTargets(out.resolve("audit.json"), null, out.resolve("summary.json"), null))
                .jiraMirror(mirror).acceptStaleMirror(acceptStale);
        Map<String, String> credentials = "cloud".equals(flavor)
                ? Map.of("JIRA_EMAIL", "rm@example.com", "JIRA_API_TOKEN", "token-for-tests")
                : Map.of("JIRA_TOKEN", "dc-pat-for-tests");
        SourceAccess access = new SourceAccess(n -> Optional.ofNullable(credentials.get(n)), token -> { },
                FetchProgress.none());
        return new AuditRunner(CLOCK, "test").run(options.build(), access);
    }

    private static ObjectNode report(AuditOutcome outcome) throws IOException {
        return (ObjectNode) IssueJson.JSON.readTree(outcome.written().get(0).toFile());
    }

    private MirrorPages mirror(Duration maxAge) {
        return new MirrorPages(store, maxAge, CLOCK);
    }

    @Test
    void shouldWriteTheSameReportFromTheMirrorAsFromJiraCloud() throws IOException {
        sameStateInJiraAndMirror();
        store.advanceWatermark(NOW.minus(Duration.ofMinutes(5)));

        ObjectNode live = report(audit("live", "cloud", null, false));
        int searchesBefore = jira.searches();
        ObjectNode mirrored = report(audit("mirror", "cloud", mirror(MirrorPages.DEFAULT_MAX_AGE), false));

        assertThat(jira.searches()).as("the mirror audit asks Jira nothing").isEqualTo(searchesBefore);
        assertSameReport(live, mirrored, 230);
    }

    @Test
    void shouldWriteTheSameReportFromTheMirrorAsFromJiraDataCenter() throws IOException {
        sameStateInJiraAndMirror();
        store.advanceWatermark(NOW.minus(Duration.ofMinutes(5)));

        ObjectNode live = report(audit("live", "datacenter", null, false));
        ObjectNode mirrored = report(audit("mirror", "datacenter", mirror(MirrorPages.DEFAULT_MAX_AGE), false));

        assertSameReport(live, mirrored, 230);
    }

    private static void assertSameReport(ObjectNode live, ObjectNode mirrored, int stories) {
        assertThat(live.path("stories")).hasSize(stories);
        ArrayNode mirrorSources = (ArrayNode) mirrored.remove("sources");
        ArrayNode liveSources = (ArrayNode) live.remove("sources");
        assertThat(mirrorSources.get(mirrorSources.size() - 1).asText())
                .startsWith("jira mirror dynamodb:audit-").contains(stories + " issues of " + VERSION);
        mirrorSources.remove(mirrorSources.size() - 1);
        // the cache's manifest line carries the wall-clock time of each fetch
        assertThat(withoutTimes(mirrorSources)).isEqualTo(withoutTimes(liveSources));
        assertThat(mirrored).isEqualTo(live);
    }

    private static List<String> withoutTimes(ArrayNode sources) {
        List<String> lines = new java.util.ArrayList<>();
        sources.forEach(line -> lines.add(line.asText().replaceAll(", updated [0-9TZ:.-]+", "")));
        return lines;
    }

    @Test
    void shouldFailTheGateFromAMirrorNeverReconciledUnlessStaleDataIsAccepted() throws IOException {
        sameStateInJiraAndMirror();

        AuditOutcome refused = audit("never", "cloud", mirror(MirrorPages.DEFAULT_MAX_AGE), false);
        AuditOutcome accepted = audit("accepted", "cloud", mirror(MirrorPages.DEFAULT_MAX_AGE), true);
        AuditOutcome live = audit("live", "cloud", null, false);

        assertThat(refused.report().gate().status()).isEqualTo(GateStatus.FAIL);
        assertThat(refused.report().gate().reasons().get(0))
                .startsWith("stale Jira mirror: dynamodb:audit-").contains("never been reconciled");
        assertThat(accepted.report().gate()).isEqualTo(live.report().gate());
        JsonNode warnings = report(accepted).path("warnings");
        assertThat(warnings.toString()).contains("stale Jira mirror:");
    }

    @Test
    void shouldFailTheGateWhenTheWatermarkIsOlderThanAllowed() {
        sameStateInJiraAndMirror();
        store.advanceWatermark(NOW.minus(Duration.ofHours(30)));

        AuditOutcome stale = audit("stale", "cloud", mirror(Duration.ofHours(24)), false);
        AuditOutcome fresh = audit("fresh", "cloud", mirror(Duration.ofHours(48)), false);

        assertThat(stale.report().gate().status()).isEqualTo(GateStatus.FAIL);
        assertThat(stale.report().gate().reasons().get(0)).contains("30 h ago (allowed: 24 h)");
        assertThat(fresh.report().gate().reasons()).noneMatch(reason -> reason.contains("stale Jira mirror"));
    }

    @Test
    void shouldReadOnlyTheIssuesOfTheVersionAndProjectsAsked() {
        sameStateInJiraAndMirror();

        assertThat(store.issuesOf(VERSION, List.of())).hasSize(230);
        assertThat(store.issuesOf(VERSION, List.of("OPS"))).hasSize(76);
        assertThat(store.issuesOf("2026.12.1", List.of())).hasSize(23);
    }
}
