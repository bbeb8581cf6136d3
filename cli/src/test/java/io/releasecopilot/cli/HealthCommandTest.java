package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.DynamoLocal;
import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.cli.fakes.TestCredentials;
import io.releasecopilot.cli.fakes.Tripwire;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {

    private static S3Fake s3;
    private static DynamoLocal dynamo;
    private static SecretsManagerFake secrets;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFakes() throws Exception {
        s3 = new S3Fake().bucket("audits");
        dynamo = new DynamoLocal().mirrorTable("rc-webhooks")
                .watermark("rc-webhooks", java.time.Instant.now().minusSeconds(600));
        secrets = new SecretsManagerFake()
                .secret("releasecopilot/jira/oauth", "{\"JIRA_API_TOKEN\": \"tok-health-1\"}")
                .secret("releasecopilot/bitbucket/token", "{\"BITBUCKET_API_TOKEN\": \"tok-health-2\"}")
                .secret("releasecopilot/jira/webhook_secret", "whsec-health-3");
    }

    @AfterAll
    static void stopFakes() throws Exception {
        s3.close();
        dynamo.close();
        secrets.close();
    }

    @BeforeEach
    void setUp() {
        ConfigOptions.environment = Map::of;
    }

    @AfterEach
    void tearDown() {
        ConfigOptions.environment = System::getenv;
    }

    @Test
    void shouldPassAndWriteTheJson() throws IOException {
        Path json = dir.resolve("health.json");

        RcRun run = health("--readiness", "--json", json.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("PASS    secrets").contains("PASS    dynamodb").contains("PASS    s3")
                .contains("PASS    webhook_secret").contains("PASS    mirror_table").contains("PASS    mirror_watermark")
                .contains("overall pass; wrote " + json)
                .doesNotContain("tok-health-1", "whsec-health-3");
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("version").asText()).isEqualTo("health.v1");
        assertThat(report.has("dry_run")).isFalse();
        assertThat(report.path("checks").path("dynamodb").has("duration_ms")).isFalse();
        assertThat(report.path("overall").asText()).isEqualTo("pass");
        assertThat(report.path("checks").path("dynamodb").path("resource").asText()).isEqualTo("dynamodb:rc-webhooks");
    }

    @Test
    void shouldExitOneWhenACheckFails() {
        RcRun run = health("--readiness", "--set", "DYNAMODB_TABLE=missing-table");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL    dynamodb       dynamodb:missing-table: DescribeTable: ResourceNotFoundException")
                .contains("overall fail");
    }

    @Test
    void shouldWriteTheJsonAndCallNothingOnDryRun() throws IOException {
        Path json = dir.resolve("health.json");
        try (Tripwire tripwire = new Tripwire()) {
            RcRun run = RcRun.of("health", "--readiness", "--dry-run", "--json", json.toString(),
                    "--set", "AWS_ENDPOINT_URL=" + tripwire.endpoint(), "--set", "S3_BUCKET=audits",
                    "--set", "DYNAMODB_TABLE=rc-webhooks");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("PASS    secrets").contains("dry run: would read SECRET_JIRA")
                    .contains("overall pass (dry run: nothing was called)");
            assertThat(tripwire.requests()).isZero();
        }
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("dry_run").asBoolean()).isTrue();
        assertThat(report.path("checks").size()).isEqualTo(6);
        assertThat(report.path("version").asText()).isEqualTo("health.v1");
        assertThat(report.path("overall").asText()).isEqualTo("pass");
        report.path("checks").forEach(check -> {
            assertThat(check.path("status").asText()).isEqualTo("pass");
            assertThat(check.path("reason").asText()).startsWith("dry run: would ");
            assertThat(check.has("dry_run")).isFalse();
        });
    }

    @Test
    void shouldPrintOkAndFailLinesPerSecret() {
        RcRun ok = health("readiness");
        RcRun failing = health("readiness", "--set", "SECRET_BITBUCKET=team/unknown");

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out().lines()).containsExactly("OK SECRET_JIRA", "OK SECRET_BITBUCKET", "OK SECRET_WEBHOOK");
        assertThat(failing.exitCode()).isEqualTo(1);
        assertThat(failing.out().lines()).containsExactly("OK SECRET_JIRA",
                "FAIL SECRET_BITBUCKET: ResourceNotFoundException (team/unknown)", "OK SECRET_WEBHOOK");
    }

    @Test
    void shouldBeAUsageErrorWithoutARegionOrWithoutReadiness() {
        assertThat(RcRun.of("health", "--readiness").exitCode()).isEqualTo(2);
        RcRun nothing = RcRun.of("health");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("give --readiness");
    }

    private RcRun health(String... args) {
        List<String> all = new ArrayList<>(List.of("health"));
        boolean subcommand = args.length > 0 && args[0].equals("readiness");
        if (subcommand) {
            all.add("readiness");
        }
        all.addAll(List.of("--region", TestCredentials.REGION,
                "--set", "AWS_ENDPOINT_URL_S3=" + s3.endpoint(),
                "--set", "AWS_ENDPOINT_URL_DYNAMODB=" + dynamo.endpoint(),
                "--set", "AWS_ENDPOINT_URL_SECRETS_MANAGER=" + secrets.endpoint(),
                "--set", "S3_BUCKET=audits", "--set", "DYNAMODB_TABLE=rc-webhooks"));
        for (int i = subcommand ? 1 : 0; i < args.length; i++) {
            all.add(args[i]);
        }
        return RcRun.of(all.toArray(String[]::new));
    }
}
