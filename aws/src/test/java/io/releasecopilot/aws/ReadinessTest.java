package io.releasecopilot.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.Configuration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    static {
        TestAws.install();
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:20:01Z"), ZoneOffset.UTC);
    private static final String JIRA_TOKEN = "tok-jira-4242";

    private static S3Fake s3;
    private static DynamoFake dynamo;
    private static SecretsManagerFake secrets;

    private Map<String, String> settings;

    @BeforeAll
    static void startFakes() throws Exception {
        s3 = new S3Fake("locked-bucket").bucket("audits");
        dynamo = new DynamoFake().table("rc-webhooks").mirrorTable("rc-mirror").mirrorTable("rc-mirror-new");
        dynamo.watermark("rc-mirror", CLOCK.instant().minusSeconds(3600));
        secrets = new SecretsManagerFake()
                .secret("releasecopilot/jira/oauth", "{\"JIRA_EMAIL\": \"rm@example.com\", \"JIRA_API_TOKEN\": \"" + JIRA_TOKEN + "\"}")
                .secret("releasecopilot/bitbucket/token", "{\"BITBUCKET_API_TOKEN\": \"tok-bb-1\"}")
                .secret("releasecopilot/jira/webhook_secret", "{\"WEBHOOK_SECRET\": \"whsec-9\"}")
                .secret("team/no-webhook", "{\"OTHER\": \"x\"}")
                .deny("team/locked");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        s3.close();
        dynamo.close();
        secrets.close();
    }

    @BeforeEach
    void setUp() {
        settings = new HashMap<>(Map.of(
                "AWS_REGION", TestAws.REGION,
                "AWS_ENDPOINT_URL_S3", s3.endpoint().toString(),
                "AWS_ENDPOINT_URL_DYNAMODB", dynamo.endpoint().toString(),
                "AWS_ENDPOINT_URL_SECRETS_MANAGER", secrets.endpoint().toString(),
                "S3_BUCKET", "audits",
                "S3_PREFIX", "releasecopilot",
                "DYNAMODB_TABLE", "rc-mirror",
                "SECRET_JIRA", "releasecopilot/jira/oauth",
                "SECRET_BITBUCKET", "releasecopilot/bitbucket/token",
                "SECRET_WEBHOOK", "releasecopilot/jira/webhook_secret"));
    }

    @Test
    void shouldPassEveryCheckAndLeaveNothingBehind() throws IOException {
        HealthReport report = run(Set.of());

        assertThat(report.overall()).isEqualTo(CheckStatus.PASS);
        assertThat(report.checks()).extracting(CheckResult::name).containsExactly("secrets", "dynamodb", "s3",
                "webhook_secret", "mirror_table", "mirror_watermark");
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.status()).as(check.reason())
                .isEqualTo(CheckStatus.PASS));
        assertThat(result(report, "secrets").resource())
                .isEqualTo("secretsmanager:releasecopilot/jira/oauth, releasecopilot/bitbucket/token");
        assertThat(result(report, "s3").resource()).startsWith("s3://audits/releasecopilot/health/rc-health-");
        assertThat(result(report, "dynamodb").resource()).isEqualTo("dynamodb:rc-mirror");
        assertThat(result(report, "mirror_watermark").reason())
                .isEqualTo("reconciled up to 2026-11-24T02:20:01Z, 60 min ago (allowed: 24 h)");
        assertThat(dynamo.itemCount("rc-mirror")).as("only the watermark item").isEqualTo(1);
        assertThat(s3.client().listObjectsV2(r -> r.bucket("audits")).contents()).isEmpty();
        JsonNode json = json(report);
        assertThat(HealthSchema.errors(json)).isEmpty();
        assertThat(json.path("version").asText()).isEqualTo("health.v1");
        assertThat(json.path("overall").asText()).isEqualTo("pass");
        assertThat(json.has("dry_run")).isFalse();
        assertThat(json.path("checks").path("s3").fieldNames()).toIterable()
                .containsExactly("status", "resource", "reason");
        assertThat(json.toString()).doesNotContain(JIRA_TOKEN, "whsec-9", "tok-bb-1");
    }

    @Test
    void shouldFailDynamoDbForAMissingTable() throws IOException {
        settings.put("DYNAMODB_TABLE", "no-such-table");

        HealthReport report = run(Set.of());

        assertThat(report.overall()).isEqualTo(CheckStatus.FAIL);
        assertThat(result(report, "dynamodb").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result(report, "dynamodb").reason()).startsWith("DescribeTable: ResourceNotFoundException");
        assertThat(result(report, "s3").status()).isEqualTo(CheckStatus.PASS);
        assertThat(HealthSchema.errors(json(report))).isEmpty();
    }

    @Test
    void shouldFailS3ForADeniedBucket() {
        settings.put("S3_BUCKET", "locked-bucket");

        HealthReport report = run(Set.of());

        assertThat(result(report, "s3").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result(report, "s3").reason()).startsWith("PutObject: AccessDenied");
        assertThat(result(report, "s3").resource()).startsWith("s3://locked-bucket/releasecopilot/health/");
    }

    @Test
    void shouldFailSecretsForAnUnknownOrDeniedSecret() {
        settings.put("SECRET_BITBUCKET", "team/missing");
        settings.put("SECRET_JIRA", "team/locked");

        HealthReport report = run(Set.of());

        CheckResult check = result(report, "secrets");
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.reason()).isEqualTo("SECRET_JIRA team/locked: AccessDeniedException; "
                + "SECRET_BITBUCKET team/missing: ResourceNotFoundException");
    }

    @Test
    void shouldFailTheWebhookSecretWhenTheSecretLacksIt() {
        settings.put("SECRET_WEBHOOK", "team/no-webhook");

        assertThat(result(run(Set.of()), "webhook_secret").reason())
                .isEqualTo("MalformedSecret: the secret has no WEBHOOK_SECRET");

        settings.put("WEBHOOK_SECRET", "from-the-environment");
        CheckResult direct = result(run(Set.of()), "webhook_secret");
        assertThat(direct.status()).isEqualTo(CheckStatus.PASS);
        assertThat(direct.resource()).isEqualTo("WEBHOOK_SECRET from test");
    }

    @Test
    void shouldFailTheMirrorChecksForATableOfAnotherShape() throws IOException {
        settings.put("DYNAMODB_TABLE", "rc-webhooks");

        HealthReport report = run(Set.of());

        assertThat(result(report, "dynamodb").status()).isEqualTo(CheckStatus.PASS);
        assertThat(result(report, "mirror_table").reason())
                .isEqualTo("not a Jira mirror: the key is [pk], expected [pk, sk]");
        assertThat(result(report, "mirror_watermark").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(HealthSchema.errors(json(report))).isEmpty();
    }

    @Test
    void shouldFailTheWatermarkOfAMirrorNeverReconciledOrReconciledTooLongAgo() {
        settings.put("DYNAMODB_TABLE", "rc-mirror-new");
        HealthReport never = run(Set.of());
        settings.put("DYNAMODB_TABLE", "rc-mirror");
        settings.put("MIRROR_MAX_AGE", "30m");
        HealthReport stale = run(Set.of());

        assertThat(result(never, "mirror_table").status()).isEqualTo(CheckStatus.PASS);
        assertThat(result(never, "mirror_watermark").reason())
                .isEqualTo("never reconciled: run the reconciliation function");
        assertThat(result(stale, "mirror_watermark").reason())
                .isEqualTo("stale: reconciled up to 2026-11-24T02:20:01Z, 60 min ago (allowed: 30 min)");
        assertThat(stale.overall()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void shouldFailRatherThanPassWhenAResourceIsNotConfigured() {
        settings.remove("DYNAMODB_TABLE");
        settings.remove("S3_BUCKET");

        HealthReport report = run(Set.of());

        assertThat(result(report, "dynamodb").reason()).isEqualTo("DYNAMODB_TABLE is not set");
        assertThat(result(report, "s3").reason()).isEqualTo("S3_BUCKET is not set");
        assertThat(report.overall()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void shouldSkipNamedChecksAndRejectUnknownNames() throws IOException {
        settings.remove("DYNAMODB_TABLE");

        HealthReport report = run(Set.of("dynamodb", "mirror_table", "mirror_watermark"));

        assertThat(result(report, "dynamodb").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(result(report, "mirror_table").status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(report.overall()).isEqualTo(CheckStatus.PASS);
        JsonNode json = json(report);
        assertThat(HealthSchema.errors(json)).isEmpty();
        assertThat(json.path("checks").fieldNames()).toIterable().containsExactly("secrets", "s3", "webhook_secret");
        assertThatThrownBy(() -> run(Set.of("dynamo"))).isInstanceOf(UsageException.class)
                .hasMessage("unknown check 'dynamo' (checks: secrets, dynamodb, s3, webhook_secret, mirror_table,"
                        + " mirror_watermark)");
        assertThatThrownBy(() -> run(Set.copyOf(Readiness.CHECKS))).isInstanceOf(UsageException.class)
                .hasMessage("--skip names every check; nothing would be checked");
    }

    @Test
    void shouldListEveryCheckAndTouchNothingOnADryRun() throws IOException {
        int s3Before = s3.requests();
        int dynamoBefore = dynamo.connections();
        int secretsBefore = secrets.requests();
        settings.remove("AWS_REGION");

        HealthReport report;
        try (Readiness readiness = new Readiness(config(), () -> {
            throw new AssertionError("a dry run must not build AWS clients");
        }, CLOCK)) {
            report = readiness.run(true, Set.of());
        }

        assertThat(report.overall()).isEqualTo(CheckStatus.PASS);
        assertThat(report.checks()).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.PASS);
            assertThat(check.reason()).startsWith("dry run: would ");
        });
        assertThat(result(report, "dynamodb").reason())
                .isEqualTo("dry run: would describe the table, put a probe item and delete it");
        JsonNode json = json(report);
        assertThat(HealthSchema.errors(json)).isEmpty();
        assertThat(json.path("version").asText()).isEqualTo("health.v1");
        assertThat(json.path("dry_run").asBoolean()).isTrue();
        assertThat(json.path("checks").path("s3").fieldNames()).toIterable()
                .containsExactly("status", "resource", "reason");
        assertThat(List.of(s3.requests() - s3Before, dynamo.connections() - dynamoBefore,
                secrets.requests() - secretsBefore)).containsOnly(0);
    }

    @Test
    void shouldFailADryRunAsTheRealRunWouldWhenAResourceIsNotConfigured() throws IOException {
        settings.remove("DYNAMODB_TABLE");

        HealthReport report;
        try (Readiness readiness = new Readiness(config(), () -> {
            throw new AssertionError("a dry run must not build AWS clients");
        }, CLOCK)) {
            report = readiness.run(true, Set.of());
        }

        assertThat(report.overall()).isEqualTo(CheckStatus.FAIL);
        assertThat(result(report, "dynamodb").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result(report, "dynamodb").reason()).isEqualTo("DYNAMODB_TABLE is not set (dry run)");
        JsonNode json = json(report);
        assertThat(HealthSchema.errors(json)).isEmpty();
        assertThat(json.path("overall").asText()).isEqualTo("fail");
    }

    @Test
    void shouldPrintOneLinePerSecretId() {
        settings.put("SECRET_BITBUCKET", "team/missing");

        List<SecretStatus> lines;
        try (Readiness readiness = readiness()) {
            lines = readiness.secretLines();
        }

        assertThat(lines).extracting(line -> (line.ok() ? "OK " : "FAIL ") + line.setting()
                + (line.ok() ? "" : ": " + line.detail()))
                .containsExactly("OK SECRET_JIRA", "FAIL SECRET_BITBUCKET: ResourceNotFoundException",
                        "OK SECRET_WEBHOOK");
    }

    private HealthReport run(Set<String> skip) {
        try (Readiness readiness = readiness()) {
            return readiness.run(false, skip);
        }
    }

    private Readiness readiness() {
        Configuration config = config();
        return new Readiness(config, () -> new AwsClients(AwsSettings.from(config), new StandardHttpClients()),
                CLOCK);
    }

    private Configuration config() {
        return Configuration.of(settings, "test");
    }

    private static CheckResult result(HealthReport report, String name) {
        return report.checks().stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode json(HealthReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HealthJson.write(report, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
