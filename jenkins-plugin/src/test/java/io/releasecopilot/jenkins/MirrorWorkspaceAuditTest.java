package io.releasecopilot.jenkins;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.DynamoLocal;
import io.releasecopilot.mirror.IssueState;
import io.releasecopilot.mirror.MirrorStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiraSource: 'MIRROR'} through WorkspaceAudit: the issues from a mirror table in DynamoDB Local, read with
 * the build's AWS credentials, the commits from the Bitbucket fake, and the mirror recorded as the Jira source.
 */
class MirrorWorkspaceAuditTest {

    private static final String ACCESS_KEY = "AKIDFROMWITHAWS";
    private static final String SECRET_KEY = "secret-key-from-the-pipeline";
    private static final Instant NOW = Instant.parse("2026-04-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DynamoLocal dynamo;
    private static int tables;

    @TempDir
    Path workspace;

    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        // DynamoDB Local keeps one set of tables per access key: the pipeline's, which the step must use
        dynamo = new DynamoLocal(ACCESS_KEY, SECRET_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.close();
    }

    /** A mirror table holding the fake's two issues of the fix version. */
    private static MirrorStore mirror(AtlassianFake fake) {
        String name = "jenkins-mirror-" + (++tables);
        dynamo.mirrorTable(name);
        MirrorStore store = new MirrorStore(dynamo.client(), name);
        store.apply(new IssueState("10001", "APP-1", "APP", 1L, List.of(AtlassianFake.FIX_VERSION),
                fake.issue("10001", "APP-1", "Checkout", "Done", "done", null)));
        store.apply(new IssueState("10002", "APP-2", "APP", 1L, List.of(AtlassianFake.FIX_VERSION),
                fake.issue("10002", "APP-2", "Login", "To Do", "new", "Ann")));
        return store;
    }

    private static StepOptions mirrorOptions(AtlassianFake fake, String table) {
        StepOptions options = fake.options();
        options.jiraSource = IssueSource.MIRROR;
        options.mirrorTable = table;
        options.region = "eu-west-1";
        return options;
    }

    private AuditSummary audit(StepOptions options) throws AuditFailure {
        return new WorkspaceAudit(options, AtlassianFake.credentials(), CLOCK, "test", StepEnvironment.of(Map.of(
                "AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY,
                "AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint().toString()), true), log::add).run(workspace);
    }

    private JsonNode report() throws IOException {
        return JSON.readTree(workspace.resolve(StepOptions.DEFAULT_JSON).toFile());
    }

    @Test
    void shouldAuditFromTheMirrorAndRecordItAsTheJiraSource() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            MirrorStore store = mirror(fake);
            store.advanceWatermark(NOW.minus(Duration.ofMinutes(5)));

            AuditSummary summary = audit(mirrorOptions(fake, store.table()));

            assertThat(summary.getCounts()).containsEntry("storiesTotal", 2).containsEntry("commitsTotal", 3);
            fake.server.verify(0, getRequestedFor(urlPathEqualTo(AtlassianFake.SEARCH)));
            fake.server.verify(getRequestedFor(urlPathEqualTo(AtlassianFake.COMMITS)));
            assertThat(report().path("sources").toString()).contains("jira mirror dynamodb:" + store.table()
                    + ": 2 issues of " + AtlassianFake.FIX_VERSION);
            assertThat(report().path("gate").toString()).doesNotContain("stale Jira mirror");
            assertThat(log).anyMatch(line -> line.contains("AWS credentials: AWS_ACCESS_KEY_ID"))
                    .noneMatch(line -> line.contains(SECRET_KEY));
        }
    }

    @Test
    void shouldFailTheGateOfAStaleMirrorUnlessAccepted() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            MirrorStore store = mirror(fake);
            store.advanceWatermark(NOW.minus(Duration.ofHours(3)));
            StepOptions options = mirrorOptions(fake, store.table());
            options.mirrorMaxAge = "2h";

            audit(options);
            String refused = report().path("gate").toString();
            options.acceptStaleMirror = true;
            audit(options);

            assertThat(refused).contains("stale Jira mirror: dynamodb:" + store.table(), "3 h ago (allowed: 2 h)");
            assertThat(report().path("gate").toString()).doesNotContain("stale Jira mirror");
            assertThat(report().path("warnings").toString()).contains("stale Jira mirror");
        }
    }

    @Test
    void shouldRefuseMirrorParametersThatCannotWork() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            StepOptions noTable = mirrorOptions(fake, null);
            StepOptions badAge = mirrorOptions(fake, "some-table");
            badAge.mirrorMaxAge = "soon";
            StepOptions withoutMirror = fake.options();
            withoutMirror.mirrorTable = "some-table";
            StepOptions offline = mirrorOptions(fake, "some-table");
            offline.offline = true;

            assertThatThrownBy(() -> audit(noTable)).hasMessageContaining(
                    "jiraSource 'MIRROR' needs the table: mirrorTable");
            assertThatThrownBy(() -> audit(badAge)).hasMessageContaining("mirrorMaxAge 'soon' is not an age");
            assertThatThrownBy(() -> audit(withoutMirror)).hasMessageContaining(
                    "mirrorTable, mirrorMaxAge and acceptStaleMirror need jiraSource: 'MIRROR'");
            assertThatThrownBy(() -> audit(offline)).hasMessageContaining(
                    "jiraSource 'MIRROR' cannot be used with offline");
        }
    }

    @Test
    void shouldNameTheTableWhenTheMirrorCannotBeRead() throws Exception {
        try (AtlassianFake fake = new AtlassianFake()) {
            assertThatThrownBy(() -> audit(mirrorOptions(fake, "no-such-table")))
                    .hasMessageContaining("Jira mirror dynamodb:no-such-table")
                    .hasMessageContaining("ResourceNotFoundException");
        }
    }
}
