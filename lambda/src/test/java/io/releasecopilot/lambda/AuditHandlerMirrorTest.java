package io.releasecopilot.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.aws.fakes.DynamoLocal;
import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.mirror.IssueState;
import io.releasecopilot.mirror.MirrorStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The audit Lambda reads the fix version's issues from the Jira mirror when the event asks for it. */
class AuditHandlerMirrorTest {

    private static final String VERSION = "2026.12";
    private static DynamoLocal dynamo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        dynamo = new DynamoLocal().mirrorTable("rc-mirror").watermark("rc-mirror", Instant.now().minusSeconds(600));
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.of(TestAws.REGION))
                .endpointOverride(dynamo.endpoint()).httpClient(UrlConnectionHttpClient.create()).build()) {
            MirrorStore store = new MirrorStore(client, "rc-mirror");
            for (int i = 1; i <= 3; i++) {
                store.apply(new IssueState(Integer.toString(100 + i), "ABC-" + i, "ABC", 1_764_900_000_000L + i,
                        List.of(VERSION), "{\"id\":\"" + (100 + i) + "\",\"key\":\"ABC-" + i + "\",\"fields\":{"
                                + "\"summary\":\"Story " + i + "\",\"status\":{\"name\":\"Done\",\"statusCategory\":"
                                + "{\"key\":\"done\"}},\"issuetype\":{\"name\":\"Story\",\"subtask\":false},"
                                + "\"fixVersions\":[{\"name\":\"" + VERSION + "\"}],\"updated\":"
                                + "\"2026-12-05T02:00:00.000+0000\"}}"));
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.close();
    }

    @Test
    void shouldAuditFromTheMirrorInLambda() {
        Map<String, Object> event = new HashMap<>();
        event.put("fixVersion", VERSION);
        event.put("jiraUrl", "http://127.0.0.1:9");
        event.put("jiraSource", "mirror");
        event.put("mirrorTable", "rc-mirror");
        event.put("region", TestAws.REGION);
        event.put("xlsx", false);
        event.put("settings", Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint().toString()));

        Map<String, Object> response = new AuditHandler(Map.of("SECRETS_MANAGER", "false"), dir, Clock.systemUTC())
                .handleRequest(event, null);

        assertThat(response.get("storiesTotal")).isEqualTo(3);
    }
}
