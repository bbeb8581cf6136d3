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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audits from the mirror against audits from Jira. Jira and the mirror are filled once for the class, the mirror by
 * the webhook (270 deliveries, most of the class's time) and reconciled 5 minutes before {@link #NOW}; the tests only
 * read them. A mirror never reconciled is the same table read without its watermark ({@link #neverReconciled}); that
 * DynamoDB answers no watermark for a table never reconciled is {@code ReconcileHandlerTest}'s and
 * {@code DynamoDbJsonTableTest}'s to show.
 */
class MirrorAuditTest {

    private static final String VERSION = "2026.12";
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant RECONCILED = NOW.minus(Duration.ofMinutes(5));

    private static MirrorDb db;
    private static JiraFake jira;
    private static MirrorStore reconciled;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        db = new MirrorDb();
        jira = new JiraFake();
        jira.now(NOW);
        reconciled = db.table("audit-reconciled");
        sameStateInJiraAndMirror();
        reconciled.advanceWatermark(RECONCILED);
    }

    @AfterAll
    static void stop() throws Exception {
        jira.close();
        db.close();
    }

    /** Jira holds 230 issues of the version (some also in a hotfix version) and 40 of another; all delivered. */
    private static void sameStateInJiraAndMirror() {
        WebhookReceiver webhook = new WebhookReceiver(reconciled, new WebhookSecret(Configuration.of(
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
            webhook.handle(Deliveries.signed(body.toString()));
        }
    }

    /** The mirror's table as it would read before its first reconciliation: the same issues, no watermark. */
    private static MirrorTable neverReconciled() {
        return new MirrorTable() {
            @Override
            public String table() {
                return reconciled.table();
            }

            @Override
            public List<String> issuesOf(String fixVersion, List<String> projects) {
                return reconciled.issuesOf(fixVersion, projects);
            }

            @Override
            public Optional<Instant> watermark() {
                return Optional.empty();
            }
        };
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

    private static MirrorPages mirror(MirrorTable store, Duration maxAge, Clock clock) {
        return new MirrorPages(store, maxAge, clock);
    }

    @Test
    void shouldWriteTheSameReportFromTheMirrorAsFromJiraCloud() throws IOException {
        ObjectNode live = report(audit("live", "cloud", null, false));
        int searchesBefore = jira.searches();
        ObjectNode mirrored = report(audit("mirror", "cloud", mirror(reconciled, MirrorPages.DEFAULT_MAX_AGE, CLOCK),
                false));

        assertThat(jira.searches()).as("the mirror audit asks Jira nothing").isEqualTo(searchesBefore);
        assertSameReport(live, mirrored, 230);
    }

    @Test
    void shouldWriteTheSameReportFromTheMirrorAsFromJiraDataCenter() throws IOException {
        ObjectNode live = report(audit("live", "datacenter", null, false));
        ObjectNode mirrored = report(audit("mirror", "datacenter",
                mirror(reconciled, MirrorPages.DEFAULT_MAX_AGE, CLOCK), false));

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
        AuditOutcome refused = audit("never", "cloud", mirror(neverReconciled(), MirrorPages.DEFAULT_MAX_AGE, CLOCK),
                false);
        AuditOutcome accepted = audit("accepted", "cloud",
                mirror(neverReconciled(), MirrorPages.DEFAULT_MAX_AGE, CLOCK), true);
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
        Clock thirtyHoursLater = Clock.fixed(RECONCILED.plus(Duration.ofHours(30)), ZoneOffset.UTC);

        AuditOutcome stale = audit("stale", "cloud", mirror(reconciled, Duration.ofHours(24), thirtyHoursLater), false);
        AuditOutcome fresh = audit("fresh", "cloud", mirror(reconciled, Duration.ofHours(48), thirtyHoursLater), false);

        assertThat(stale.report().gate().status()).isEqualTo(GateStatus.FAIL);
        assertThat(stale.report().gate().reasons().get(0)).contains("30 h ago (allowed: 24 h)");
        assertThat(fresh.report().gate().reasons()).noneMatch(reason -> reason.contains("stale Jira mirror"));
    }

    @Test
    void shouldReadOnlyTheIssuesOfTheVersionAndProjectsAsked() {
        assertThat(reconciled.issuesOf(VERSION, List.of())).hasSize(230);
        assertThat(reconciled.issuesOf(VERSION, List.of("OPS"))).hasSize(76);
        assertThat(reconciled.issuesOf("2026.12.1", List.of())).hasSize(23);
    }
}
