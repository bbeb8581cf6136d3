package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.http.JiraAccess;
import io.releasecopilot.http.ResilientHttpGet;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.live.FetchRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of docs/benchmarks.md "Jira mirror": webhook deliveries per second one handler instance writes,
 * reconciliation requests for N changed issues, and the audit time of a fix version of {@code issues} issues
 * read from the mirror against a live fetch of the same issues from WireMock. DynamoDB Local and WireMock run
 * in this JVM. Arguments: {@code issues=20000 changed=1000 deliveries=1000 latencyMs=0} (the delay of every
 * search answer during the audits).
 */
public final class MirrorBench {

    private static final String VERSION = "2026.12";
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");

    private MirrorBench() {
    }

    public static void main(String[] args) throws Exception {
        int issues = 20_000;
        int changed = 1_000;
        int delivered = 1_000;
        int latency = 0;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            switch (pair[0]) {
                case "issues" -> issues = Integer.parseInt(pair[1]);
                case "changed" -> changed = Integer.parseInt(pair[1]);
                case "deliveries" -> delivered = Integer.parseInt(pair[1]);
                case "latencyMs" -> latency = Integer.parseInt(pair[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        Clock clock = Clock.fixed(NOW, java.time.ZoneOffset.UTC);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        try (MirrorDb db = new MirrorDb(); JiraFake jira = new JiraFake()) {
            jira.now(NOW);
            MirrorStore store = db.table("bench");
            WebhookReceiver webhook = new WebhookReceiver(store, new WebhookSecret(Configuration.of(
                    Map.of("WEBHOOK_SECRET", Deliveries.SECRET.reveal()), "bench"), id -> null, clock), clock);
            List<Map<String, Object>> deliveries = new ArrayList<>();
            List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> bulk = new ArrayList<>();
            for (int i = 1; i <= issues; i++) {
                ObjectNode issue = jira.put(Integer.toString(100_000 + i), "ABC-" + i,
                        NOW.minus(Duration.ofMinutes(issues - i + 60)), i % 4 == 0 ? "In Progress" : "Done",
                        i % 10 == 0 ? new String[] {VERSION, "2026.12.1"} : new String[] {VERSION});
                ObjectNode body = IssueJson.JSON.createObjectNode().put("webhookEvent", "jira:issue_updated");
                body.set("issue", issue);
                if (i <= delivered) {
                    deliveries.add(Deliveries.signed(body.toString()));
                } else {
                    IssueState state = IssueJson.state(issue);
                    bulk.add(MirrorStore.currentItem(state));
                    state.fixVersions().forEach(version -> bulk.add(MirrorStore.membershipItem(state, version)));
                }
            }
            System.out.printf("load average before: %.1f (2 cores)%n", load());
            long start = System.nanoTime();
            for (Map<String, Object> delivery : deliveries) {
                Object status = webhook.handle(delivery).get("statusCode");
                if (!Integer.valueOf(200).equals(status)) {
                    throw new IllegalStateException("delivery answered " + status);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("webhook: %d deliveries (%d with two fix versions) in %.1f s = %.0f deliveries/s,"
                    + " one handler, sequential; load average after: %.1f%n", delivered, delivered / 10, seconds,
                    delivered / seconds, load());
            for (int from = 0; from < bulk.size(); from += 25) {
                var batch = bulk.subList(from, Math.min(bulk.size(), from + 25)).stream()
                        .map(item -> software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                                .putRequest(p -> p.item(item)).build()).toList();
                db.client().batchWriteItem(request -> request.requestItems(Map.of("bench", batch)));
            }
            System.out.printf("loaded the other %d issues with BatchWriteItem%n", issues - delivered);

            store.advanceWatermark(NOW.minus(Duration.ofMinutes(5)));
            for (int i = 1; i <= changed; i++) {
                jira.put(Integer.toString(100_000 + i), "ABC-" + i, NOW.minusSeconds(60), "Done", VERSION);
            }
            var http = new ResilientHttpGet(JiraAccess.resolve(name -> Optional.ofNullable(Map.of("JIRA_EMAIL",
                    "rm@example.com", "JIRA_API_TOKEN", "bench").get(name)), "cloud", jira.site()));
            start = System.nanoTime();
            Reconciler.Result result = new Reconciler(store, http, SourceFlavor.CLOUD, jira.site(), List.of(),
                    DeadLetters.none(), clock, Reconciler.DEFAULT_OVERLAP).run();
            System.out.printf("reconciliation: %d changed issues of %d -> %d search requests, %d written, %.1f s"
                    + " (%s)%n", changed, issues, result.requests(), result.written(),
                    (System.nanoTime() - start) / 1e9, result.jql());

            Path dir = Files.createTempDirectory("mirror-bench");
            jira.latency(latency);
            for (int round = 1; round <= 2; round++) {
                String n = Integer.toString(round);
                long live = time(() -> audit(dir.resolve("live" + n), jira, null));
                long mirror = time(() -> audit(dir.resolve("mirror" + n), jira,
                        new MirrorPages(store, MirrorPages.DEFAULT_MAX_AGE, clock)));
                System.out.printf("audit of %d issues, round %d: live fetch from WireMock (%d ms a page) %d ms, from the"
                        + " mirror %d ms (mirror/live = %.2f); load average %.1f%n", issues, round, latency, live, mirror,
                        (double) mirror / live, load());
            }
        }
    }

    private static AuditOutcome audit(Path out, JiraFake jira, MirrorPages mirror) {
        AuditOptions options = AuditOptions.builder().fixVersion(VERSION).cacheDir(out.resolve("cache"))
                .live(FetchRequest.builder().fixVersion(VERSION).jiraUrl(jira.site().toString()).jiraFlavor("cloud")
                        .build())
                .outputs(new OutputTargets(out.resolve("audit.json"), null, out.resolve("summary.json"), null))
                .jiraMirror(mirror).build();
        Map<String, String> credentials = Map.of("JIRA_EMAIL", "rm@example.com", "JIRA_API_TOKEN", "bench");
        return new AuditRunner(Clock.systemUTC(), "bench").run(options, new SourceAccess(
                n -> Optional.ofNullable(credentials.get(n)), token -> { }, FetchProgress.none()));
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
