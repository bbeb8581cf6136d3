package io.releasecopilot.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.config.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReconcilePassTest {

    private static final String VERSION = "2026.12";
    private static final Instant T0 = Instant.parse("2026-12-07T04:00:00Z");

    private static MirrorDb db;
    private static SqsStub sqs;
    private static int tables;
    private JiraFake jira;
    private String table;
    private MirrorStore store;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeAll
    static void start() throws Exception {
        db = new MirrorDb();
        sqs = new SqsStub();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        sqs.close();
    }

    @BeforeEach
    void setUp() {
        table = "reconcile-" + (++tables);
        store = db.table(table);
        jira = new JiraFake();
        jira.now(T0);
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        jira.close();
    }

    private Map<String, Object> reconcile() {
        return reconcile("cloud");
    }

    private Map<String, Object> reconcile(String flavor) {
        Map<String, String> env = new HashMap<>();
        env.put("JIRA_BASE_URL", jira.site().toString());
        env.put("JIRA_FLAVOR", flavor);
        if ("cloud".equals(flavor)) {
            env.put("JIRA_EMAIL", "rm@example.com");
            env.put("JIRA_API_TOKEN", "jira-token-for-tests");
        } else {
            env.put("JIRA_TOKEN", "dc-pat-for-tests");
        }
        env.put("SECRETS_MANAGER", "false");
        env.put("DYNAMODB_TABLE", table);
        env.put("AWS_REGION", MirrorDb.REGION);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", db.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SQS", sqs.endpoint().toString());
        env.put("MIRROR_DLQ_URL", sqs.queueUrl());
        return new ReconcilePass(env, clock).run();
    }

    /** Puts 250 issues of the version into Jira; delivers the webhook for some, an older state for others. */
    private void jiraWithDroppedDeliveries() {
        WebhookReceiver webhook = new WebhookReceiver(store, new WebhookSecret(Configuration.of(
                Map.of("WEBHOOK_SECRET", Deliveries.SECRET.reveal()), "test"), id -> null, clock), clock);
        for (int i = 1; i <= 250; i++) {
            Instant updated = T0.minus(Duration.ofHours(300 - i));
            String id = Integer.toString(10000 + i);
            if (i % 7 == 0) {
                ObjectNode stale = jira.put(id, "ABC-" + i, updated.minusSeconds(600), "In Progress", VERSION);
                webhook.handle(Deliveries.signed(delivery(stale)));
            }
            ObjectNode issue = jira.put(id, "ABC-" + i, updated, i % 3 == 0 ? "In Progress" : "Done", VERSION);
            if (i % 5 != 0 && i % 7 != 0) {
                webhook.handle(Deliveries.signed(delivery(issue)));
            }
        }
    }

    private static String delivery(ObjectNode issue) {
        ObjectNode body = IssueJson.JSON.createObjectNode();
        body.put("timestamp", 1764900000000L);
        body.put("webhookEvent", "jira:issue_updated");
        body.set("issue", issue.deepCopy());
        return body.toString();
    }

    /** The mirror's issues of the version by key, and Jira's, as the mirror keeps them. */
    private Map<String, JsonNode> mirrored(String version) {
        return store.issuesOf(version, List.of()).stream().map(ReconcilePassTest::tree)
                .collect(Collectors.toMap(node -> node.path("key").asText(), node -> node, (a, b) -> a, TreeMap::new));
    }

    private Map<String, JsonNode> inJira(String version) {
        return jira.ofVersion(version).stream().map(issue -> tree(IssueJson.state(issue).issueJson()))
                .collect(Collectors.toMap(node -> node.path("key").asText(), node -> node, (a, b) -> a, TreeMap::new));
    }

    private static JsonNode tree(String json) {
        try {
            return IssueJson.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldRepairTheDeliveriesTheWebhookMissed() {
        jiraWithDroppedDeliveries();
        assertThat(mirrored(VERSION)).isNotEqualTo(inJira(VERSION));

        Map<String, Object> result = reconcile();

        assertThat(mirrored(VERSION)).hasSize(250).isEqualTo(inJira(VERSION));
        assertThat(result).containsEntry("issues", 250).containsEntry("requests", 3)
                .containsEntry("deadLettered", 0).containsEntry("watermark", T0.toString());
        // 50 dropped (every 5th) plus the 7th ones that were left at an older state, less the 35th ones counted twice
        assertThat(result.get("written")).isEqualTo(50 + 35 - 7);
        assertThat(store.watermark()).contains(T0);
    }

    @Test
    void shouldRepairTheMissedDeliveriesFromJiraDataCenter() {
        jiraWithDroppedDeliveries();

        Map<String, Object> result = reconcile("datacenter");

        assertThat(mirrored(VERSION)).hasSize(250).isEqualTo(inJira(VERSION));
        assertThat(result).containsEntry("requests", 3).containsEntry("written", 50 + 35 - 7);
        assertThat(store.watermark()).contains(T0);
    }

    @Test
    void shouldSearchOnlyTheChangesSinceTheWatermarkWithAnOverlap() {
        jiraWithDroppedDeliveries();
        reconcile();
        Instant t1 = T0.plus(Duration.ofMinutes(10));
        jira.now(t1);
        clock.set(t1);
        jira.put("10001", "ABC-1", T0.plusSeconds(300), "Done", "2026.12.1");
        jira.put("10002", "ABC-2", T0.plusSeconds(310), "Done", VERSION, "2026.12.1");
        jira.put("10251", "ABC-251", T0.plusSeconds(320), "In Progress", VERSION);

        Map<String, Object> result = reconcile();

        assertThat(jira.jqls().get(jira.jqls().size() - 1)).isEqualTo("updated >= -25m ORDER BY updated ASC");
        assertThat(result).containsEntry("issues", 3).containsEntry("requests", 1).containsEntry("written", 3);
        assertThat(mirrored(VERSION)).isEqualTo(inJira(VERSION)).doesNotContainKey("ABC-1");
        assertThat(mirrored("2026.12.1")).containsOnlyKeys("ABC-1", "ABC-2");
        assertThat(store.watermark()).contains(t1);
    }

    @Test
    void shouldKeepTheWatermarkWhenAPassDoesNotFinish() {
        jiraWithDroppedDeliveries();
        jira.failAfterPages(1);

        assertThatThrownBy(this::reconcile).isInstanceOf(AuditException.class).hasMessageContaining("400");
        assertThat(store.watermark()).isEmpty();

        jira.healed();
        reconcile();
        assertThat(store.watermark()).contains(T0);
        assertThat(mirrored(VERSION)).isEqualTo(inJira(VERSION));
    }

    @Test
    void shouldSendWhatItCannotWriteToTheDeadLetterQueueAndStillFinish() {
        jira.put("10001", "ABC-1", T0.minusSeconds(60), "Done", VERSION);
        ObjectNode broken = jira.put("10002", "ABC-2", T0.minusSeconds(30), "Done", VERSION);
        ((ObjectNode) broken.get("fields")).put("updated", "tomorrow");
        int before = sqs.messages().size();

        Map<String, Object> result = reconcile();

        assertThat(result).containsEntry("issues", 2).containsEntry("written", 1).containsEntry("deadLettered", 1);
        List<String> sent = sqs.messages().subList(before, sqs.messages().size());
        assertThat(sent).hasSize(1);
        JsonNode message = tree(sent.get(0));
        assertThat(message.path("issueKey").asText()).isEqualTo("ABC-2");
        assertThat(message.path("reason").asText()).contains("'fields.updated' is not a Jira date-time");
        assertThat(sent.get(0)).doesNotContain("tomorrow", "Change ABC-2");
        assertThat(sqs.queues()).contains(sqs.queueUrl());
        assertThat(mirrored(VERSION)).containsOnlyKeys("ABC-1");
        assertThat(store.watermark()).contains(T0);
    }

    @Test
    void shouldNotResurrectAnIssueDeletedAfterTheSearchRead() {
        jira.put("10001", "ABC-1", T0.minusSeconds(60), "Done", VERSION);
        store.delete("10001", "ABC-1", T0.toEpochMilli());

        reconcile();

        assertThat(mirrored(VERSION)).isEmpty();
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
