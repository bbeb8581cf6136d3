package io.releasecopilot.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.config.Configuration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {

    private static final String CLOUD = "cloud-issue-updated.json";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC);

    private static MirrorDb db;
    private static SecretsManagerFake secrets;
    private static int tables;
    private String table;
    private MirrorStore store;
    private WebhookReceiver handler;

    @BeforeAll
    static void start() throws Exception {
        db = new MirrorDb();
        secrets = new SecretsManagerFake().secret("releasecopilot/jira/webhook_secret",
                "{\"WEBHOOK_SECRET\": \"" + Deliveries.SECRET.reveal() + "\"}");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        secrets.close();
    }

    @BeforeEach
    void newTable() {
        table = "mirror-" + (++tables);
        store = db.table(table);
        handler = handler(Map.of());
    }

    private WebhookReceiver handler(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("DYNAMODB_TABLE", table, "AWS_REGION",
                MirrorDb.REGION, "AWS_ENDPOINT_URL_DYNAMODB", db.endpoint().toString(),
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString()));
        env.putAll(extra);
        Configuration config = MirrorSettings.load(env);
        return new WebhookReceiver(config, new AwsClients(MirrorSettings.aws(config), new StandardHttpClients()), CLOCK);
    }

    private static int status(Map<String, Object> response) {
        return (Integer) response.get("statusCode");
    }

    private List<String> keysOf(String version) {
        return store.issuesOf(version, List.of()).stream()
                .map(json -> IssueJson.text(readTree(json), "key")).toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return IssueJson.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldMakeEveryFixVersionOfAnIssueQueryable() {
        String body = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:02:11.412+0100", "2026.12", "2026.12.1");

        assertThat(status(handler.handle(Deliveries.signed(body)))).isEqualTo(200);

        assertThat(keysOf("2026.12")).containsExactly("ABC-1");
        assertThat(keysOf("2026.12.1")).containsExactly("ABC-1");
        assertThat(store.issuesOf("2026.12", List.of("ABC"))).hasSize(1);
        assertThat(store.issuesOf("2026.12", List.of("XYZ"))).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheFieldsASearchReturns() {
        String body = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:02:11.412+0100", "2026.12");

        handler.handle(Deliveries.signed(body));

        var issue = readTree(store.issuesOf("2026.12", List.of()).get(0));
        assertThat(issue.path("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("issuetype", "parent",
                "fixVersions", "resolutiondate", "labels", "assignee", "updated", "status", "components", "summary");
        assertThat(issue.path("fields").path("status").path("statusCategory").path("key").asText()).isEqualTo("done");
    }

    @Test
    void shouldNoLongerReturnAnIssueForARemovedFixVersion() {
        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100",
                "2026.12", "2026.12.1")));
        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T11:00:00.000+0100",
                "2026.12.1")));

        assertThat(keysOf("2026.12")).isEmpty();
        assertThat(keysOf("2026.12.1")).containsExactly("ABC-1");
    }

    @Test
    void shouldLeaveNoStaleKeyWhenAnIssueMovesToAnotherProject() {
        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100",
                "2026.12")));
        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "XYZ-7", "2026-12-01T10:05:00.000+0100",
                "2026.12")));

        assertThat(keysOf("2026.12")).containsExactly("XYZ-7");
        assertThat(store.issuesOf("2026.12", List.of("ABC"))).isEmpty();
    }

    @Test
    void shouldNeverLetARedeliveryOrAnOlderDeliveryReplaceANewerState() {
        String older = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100", "2026.12");
        String newer = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:30:00.000+0100", "2026.12.1");
        Map<String, Object> newerDelivery = Deliveries.signed(newer);

        assertThat(handler.handle(newerDelivery).get("body")).isEqualTo("{\"result\":\"written\"}");
        assertThat(handler.handle(newerDelivery).get("body")).isEqualTo("{\"result\":\"not_newer\"}");
        assertThat(handler.handle(Deliveries.signed(older)).get("body"))
                .isEqualTo("{\"result\":\"not_newer\"}");

        assertThat(keysOf("2026.12")).isEmpty();
        assertThat(keysOf("2026.12.1")).containsExactly("ABC-1");
    }

    @Test
    void shouldNotResurrectADeletedIssueWithALateUpdate() {
        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100",
                "2026.12")));
        String deleted = Deliveries.fixture("cloud-issue-deleted.json").toString();

        assertThat(status(handler.handle(Deliveries.signed(deleted)))).isEqualTo(200);
        assertThat(keysOf("2026.12")).isEmpty();

        Map<String, Object> late = handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1",
                "2026-12-09T10:00:00.000+0100", "2026.12")));
        assertThat(late.get("body")).isEqualTo("{\"result\":\"deleted\"}");
        assertThat(keysOf("2026.12")).isEmpty();
    }

    @Test
    void shouldKeepADeleteThatArrivesBeforeTheCreate() {
        handler.handle(Deliveries.signed(Deliveries.fixture("cloud-issue-deleted.json").toString()));

        handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100",
                "2026.12")));

        assertThat(keysOf("2026.12")).isEmpty();
    }

    @Test
    void shouldAcceptADataCenterDeliveryInBase64() {
        String body = Deliveries.fixture("datacenter-issue-created.json").toString();
        Map<String, Object> event = Deliveries.signed(body);
        event.put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.put("isBase64Encoded", true);

        assertThat(status(handler.handle(event))).isEqualTo(200);

        assertThat(keysOf("2026.12")).containsExactly("OPS-17");
        assertThat(keysOf("2026.12.1")).containsExactly("OPS-17");
    }

    @Test
    void shouldRefuseUnsignedBadlySignedOversizedAndMalformedDeliveriesWithoutWritingOrExplaining() {
        String body = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100", "2026.12");
        String wrong = WebhookAuth.sign(body.getBytes(StandardCharsets.UTF_8),
                io.releasecopilot.common.SecretValue.of("not-the-secret"));
        String tampered = body.replace("Show net amounts", "Show gross amounts");
        String huge = "{\"webhookEvent\":\"jira:issue_updated\",\"pad\":\"" + "x".repeat(WebhookReceiver.MAX_BODY_BYTES)
                + "\"}";

        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("unsigned", Deliveries.event(body, Map.of()));
        cases.put("wrong key", Deliveries.event(body, Map.of("X-Hub-Signature", wrong)));
        cases.put("tampered body", Deliveries.event(tampered, Map.of("X-Hub-Signature",
                WebhookAuth.sign(body.getBytes(StandardCharsets.UTF_8), Deliveries.SECRET))));
        cases.put("not hex", Deliveries.event(body, Map.of("X-Hub-Signature", "sha256=zz")));
        cases.put("sha1", Deliveries.event(body, Map.of("X-Hub-Signature", "sha1=" + wrong.substring(7))));
        cases.put("wrong shared secret", Deliveries.event(body, Map.of("X-Webhook-Secret", "guess")));
        cases.put("oversized", Deliveries.signed(huge));
        cases.put("not json", Deliveries.signed("{\"webhookEvent\": "));
        cases.put("no issue", Deliveries.signed("{\"webhookEvent\":\"jira:issue_updated\"}"));
        cases.put("bad date", Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "yesterday", "2026.12")));

        Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
        cases.forEach((name, event) -> {
            Map<String, Object> response = handler.handle(event);
            statuses.put(name, status(response));
            assertThat(response.get("body").toString()).as(name).matches("\\{\"result\":\"[a-z_]+\"}")
                    .doesNotContain("signature", "secret", "ABC-1", "updated");
        });

        assertThat(statuses).containsExactly(Map.entry("unsigned", 401), Map.entry("wrong key", 401),
                Map.entry("tampered body", 401), Map.entry("not hex", 401), Map.entry("sha1", 401),
                Map.entry("wrong shared secret", 401), Map.entry("oversized", 413), Map.entry("not json", 400),
                Map.entry("no issue", 400), Map.entry("bad date", 400));
        assertThat(db.items(table)).isZero();
    }

    @Test
    void shouldAcceptThePredecessorsSharedSecretHeader() {
        String body = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100", "2026.12");

        Map<String, Object> response = handler.handle(Deliveries.event(body,
                Map.of("X-Webhook-Secret", Deliveries.SECRET.reveal())));

        assertThat(status(response)).isEqualTo(200);
        assertThat(keysOf("2026.12")).containsExactly("ABC-1");
    }

    @Test
    void shouldRefuseEverythingWhenNoSecretIsConfiguredOrItCannotBeRead() {
        secrets.secret("team/no-webhook", "{\"JIRA_EMAIL\": \"rm@example.com\"}");
        WebhookReceiver open = handler(Map.of("SECRET_WEBHOOK", "team/no-webhook"));
        WebhookReceiver unreadable = handler(Map.of("SECRET_WEBHOOK", "team/missing"));
        String body = Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:00:00.000+0100", "2026.12");

        assertThat(status(open.handle(Deliveries.event(body, Map.of())))).isEqualTo(401);
        assertThat(status(open.handle(Deliveries.event(body, Map.of("X-Webhook-Secret", "")))))
                .isEqualTo(401);
        assertThat(status(unreadable.handle(Deliveries.signed(body)))).isEqualTo(500);
        assertThat(db.items(table)).isZero();
    }

    @Test
    void shouldReadTheSecretFromSecretsManagerOnceForManyDeliveries() {
        int before = secrets.requests();

        for (int i = 0; i < 5; i++) {
            handler.handle(Deliveries.signed(Deliveries.body(CLOUD, "ABC-1", "2026-12-01T10:0" + i
                    + ":00.000+0100", "2026.12")));
        }

        assertThat(secrets.requests() - before).isEqualTo(1);
    }

    @Test
    void shouldAcknowledgeOtherEventsWithoutWriting() {
        String body = "{\"timestamp\":1764900000000,\"webhookEvent\":\"comment_created\",\"comment\":{\"id\":\"1\"}}";

        assertThat(status(handler.handle(Deliveries.signed(body)))).isEqualTo(202);
        assertThat(db.items(table)).isZero();
    }
}
