package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.aws.fakes.DynamoLocal;
import io.releasecopilot.cli.fakes.TestCredentials;
import io.releasecopilot.mirror.IssueState;
import io.releasecopilot.mirror.MirrorStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class MirrorAuditCommandTest {

    private static final String VERSION = "2026.12";
    private static DynamoLocal dynamo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        dynamo = new DynamoLocal().mirrorTable("rc-mirror").watermark("rc-mirror", Instant.now().minusSeconds(600))
                .mirrorTable("rc-mirror-never");
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.of(TestCredentials.REGION))
                .endpointOverride(dynamo.endpoint()).httpClient(UrlConnectionHttpClient.create()).build()) {
            for (String table : List.of("rc-mirror", "rc-mirror-never")) {
                MirrorStore store = new MirrorStore(client, table);
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
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.close();
    }

    @BeforeEach
    void setUp() {
        ConfigOptions.environment = Map::of;
    }

    @AfterEach
    void tearDown() {
        ConfigOptions.environment = System::getenv;
    }

    private RcRun audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", "--fix-version", VERSION,
                "--jira-url", "http://127.0.0.1:9", "--jira-source", "mirror",
                "--cache-dir", dir.resolve("cache").toString(), "--json", dir.resolve("audit.json").toString(),
                "--summary", dir.resolve("summary.json").toString(), "--no-xlsx",
                "--set", "AWS_REGION=" + TestCredentials.REGION,
                "--set", "AWS_ENDPOINT_URL_DYNAMODB=" + dynamo.endpoint()));
        args.addAll(List.of(extra));
        return RcRun.of(args.toArray(String[]::new));
    }

    private JsonNode report() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("audit.json").toFile());
    }

    @Test
    void shouldAuditFromTheMirrorWithoutAskingJira() throws IOException {
        RcRun run = audit("--mirror-table", "rc-mirror");

        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK.code(), ExitCode.GATE_FAILED.code());
        JsonNode report = report();
        assertThat(report.path("stories")).hasSize(3);
        assertThat(report.path("sources").toString()).contains("jira mirror dynamodb:rc-mirror: 3 issues of 2026.12");
        assertThat(report.path("gate").toString()).doesNotContain("stale Jira mirror");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void shouldFailTheGateOfANeverReconciledMirrorUnlessAccepted() throws IOException {
        RcRun refused = audit("--mirror-table", "rc-mirror-never");
        String refusedGate = report().path("gate").toString();
        RcRun accepted = audit("--mirror-table", "rc-mirror-never", "--accept-stale-mirror");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(refusedGate).contains("stale Jira mirror: dynamodb:rc-mirror-never has never been reconciled");
        assertThat(report().path("gate").toString()).doesNotContain("stale Jira mirror");
        assertThat(report().path("warnings").toString()).contains("stale Jira mirror");
        assertThat(accepted.exitCode()).isIn(ExitCode.OK.code(), ExitCode.GATE_FAILED.code());
    }

    @Test
    void shouldRejectMirrorFlagsThatCannotWork() {
        RcRun offline = audit("--mirror-table", "rc-mirror", "--offline");
        RcRun unknown = RcRun.of("audit", "--fix-version", VERSION, "--jira-url", "http://127.0.0.1:9",
                "--jira-source", "cache");
        RcRun noTable = audit();
        RcRun badAge = audit("--mirror-table", "rc-mirror", "--mirror-max-age", "soon");

        assertThat(offline.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(offline.err()).contains("cannot be used with --offline");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(unknown.err()).contains("--jira-source must be api or mirror, not 'cache'");
        assertThat(noTable.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noTable.err()).contains("--mirror-table NAME (or DYNAMODB_TABLE)");
        assertThat(badAge.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(badAge.err()).contains("MIRROR_MAX_AGE 'soon' is not an age");
    }
}
