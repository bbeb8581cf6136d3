package io.releasecopilot.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The mirror's reads without a DynamoDB client (the Jenkins plugin's) give what the SDK's client reads. */
class DynamoDbJsonTableTest {

    private static MirrorDb db;
    private static SdkHttpClient http;

    @BeforeAll
    static void start() throws Exception {
        db = new MirrorDb();
        http = UrlConnectionHttpClient.create();
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        db.close();
    }

    private static DynamoDbJsonTable json(String table) {
        return new DynamoDbJsonTable(http, StaticCredentialsProvider.create(AwsBasicCredentials.create(
                MirrorDb.ACCESS_KEY, "test-secret-key")), MirrorDb.REGION, db.endpoint(), table);
    }

    @Test
    void shouldReadTheIssuesAndTheWatermarkTheClientReads() {
        MirrorStore store = db.table("json-same");
        List<String> keys = new ArrayList<>();
        // more than one page of the index (1 MB) so the paging is exercised
        for (int i = 1; i <= 300; i++) {
            String project = i % 3 == 0 ? "OPS" : "APP";
            String key = project + "-" + i;
            keys.add(key);
            String json = "{\"id\":\"" + i + "\",\"key\":\"" + key + "\",\"fields\":{\"summary\":\"" + "x".repeat(4000)
                    + "\"}}";
            store.apply(new IssueState(Integer.toString(i), key, project, 1000L + i,
                    i % 10 == 0 ? List.of("2026.12", "2026.12.1") : List.of("2026.12"), json));
        }
        DynamoDbJsonTable table = json("json-same");

        assertThat(table.watermark()).isEmpty();
        store.advanceWatermark(Instant.parse("2026-12-07T03:55:00Z"));

        assertThat(table.watermark()).contains(Instant.parse("2026-12-07T03:55:00Z"));
        assertThat(table.issuesOf("2026.12", List.of())).hasSize(300)
                .isEqualTo(store.issuesOf("2026.12", List.of()));
        assertThat(table.issuesOf("2026.12", List.of("OPS"))).hasSize(100)
                .isEqualTo(store.issuesOf("2026.12", List.of("OPS")));
        assertThat(table.issuesOf("2026.12.1", List.of())).hasSize(30).first().asString().contains("\"APP-10\"");
        assertThat(table.issuesOf("2027.1", List.of())).isEmpty();
        assertThat(table.table()).isEqualTo("json-same");
    }

    @Test
    void shouldNameTheTableAndDynamoDbsErrorWhenAReadIsRefused() {
        assertThatThrownBy(() -> json("json-missing").watermark()).isInstanceOf(AuditException.class)
                .hasMessage("Jira mirror dynamodb:json-missing: GetItem refused: ResourceNotFoundException"
                        + " (HTTP 400)");
    }
}
