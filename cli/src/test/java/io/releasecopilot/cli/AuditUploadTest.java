package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.cli.fakes.TestCredentials;
import io.releasecopilot.cli.fakes.Tripwire;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
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
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

class AuditUploadTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static S3Fake s3;
    private static int buckets;

    @TempDir
    Path dir;

    private String bucket;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = new S3Fake();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void setUp() {
        ConfigOptions.environment = Map::of;
        bucket = "audits-" + ++buckets;
        s3.bucket(bucket);
    }

    @AfterEach
    void tearDown() {
        ConfigOptions.environment = System::getenv;
    }

    @Test
    void shouldUploadReportsCacheAndLogAfterWritingThemAndNeverOverwrite() throws IOException {
        RcRun first = audit("--upload", "s3://" + bucket + "/rc", "--scope", "gitSha=9f2c1ab");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("uploaded 42 files to s3://" + bucket
                + "/rc \\(run \\d{8}T\\d{6}Z-[0-9a-f]{8}\\)");
        List<String> keys = s3.keys(bucket);
        String runId = keys.get(0).split("/")[4];
        String run = "2026.03.1/" + runId + "/";
        assertThat(keys).hasSize(42).contains(
                "rc/artifacts/json/" + run + "audit.json",
                "rc/artifacts/json/" + run + "audit-summary.json",
                "rc/artifacts/excel/" + run + "audit.xlsx",
                "rc/artifacts/markdown/" + run + "audit-summary.md",
                "rc/temp_data/" + run + "manifest.json",
                "rc/temp_data/" + run + "jira/page-00001.json",
                "rc/logs/" + run + "rc-audit.log");
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(bucket).key("rc/artifacts/json/" + run + "audit.json"))
                .asByteArray()).isEqualTo(Files.readAllBytes(dir.resolve("dist/audit.json")));
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(bucket).key("rc/logs/" + run + "rc-audit.log"))
                .asUtf8String()).contains("INFO  read 300 issues and ").contains("wrote [");
        HeadObjectResponse head = s3.client().headObject(r -> r.bucket(bucket).key("rc/artifacts/excel/" + run + "audit.xlsx"));
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        assertThat(head.metadata()).containsEntry("artifact", "rc-audit").containsEntry("fix-version", "2026.03.1")
                .containsEntry("git-sha", "9f2c1ab").containsEntry("run-id", runId);

        RcRun second = audit("--upload", "s3://" + bucket + "/rc", "--no-upload-cache");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(s3.keys(bucket)).hasSize(42 + 5).containsAll(keys);
    }

    @Test
    void shouldTakeTheBucketFromTheConfigFileAndUseKms() throws IOException {
        Path config = Files.writeString(dir.resolve("rc.yml"), "S3_BUCKET: " + bucket + "\nS3_PREFIX: team\n"
                + "AWS_REGION: " + TestCredentials.REGION + "\nAWS_ENDPOINT_URL_S3: " + s3.endpoint() + "\n");

        RcRun run = RcRun.of(args(List.of("--config", config.toString(), "--kms-key-id", "alias/rc", "--quiet")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String key = s3.keys(bucket).stream().filter(k -> k.endsWith("audit.json")).findFirst().orElseThrow();
        assertThat(key).startsWith("team/artifacts/json/2026.03.1/");
        HeadObjectResponse head = s3.client().headObject(r -> r.bucket(bucket).key(key));
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(head.ssekmsKeyId()).isEqualTo("alias/rc");
    }

    @Test
    void shouldPrintThePlannedKeysOnDryRunAndCallNothing() throws IOException {
        try (Tripwire tripwire = new Tripwire()) {
            RcRun run = RcRun.of(args(List.of("--upload", "s3://" + bucket + "/rc", "--region", TestCredentials.REGION,
                    "--set", "AWS_ENDPOINT_URL=" + tripwire.endpoint(), "--dry-run")));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Would upload to s3://" + bucket + "/rc with SSE AES256")
                    .contains("s3://" + bucket + "/rc/artifacts/json/2026.03.1/<runId>/audit.json")
                    .contains("s3://" + bucket + "/rc/artifacts/excel/2026.03.1/<runId>/audit.xlsx")
                    .contains("s3://" + bucket + "/rc/logs/2026.03.1/<runId>/rc-audit.log")
                    .contains("… and 27 more files of the cache under temp_data/");
            assertThat(tripwire.requests()).isZero();
        }
        assertThat(dir.resolve("dist")).doesNotExist();
        assertThat(s3.keys(bucket)).isEmpty();
    }

    @Test
    void shouldRefuseAnUploadWithoutARegionBeforeAuditing() {
        RcRun run = RcRun.of(args(List.of("--upload", "s3://" + bucket)));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .isEqualTo("rc audit: error: no AWS region: give --region or set AWS_REGION (environment, .env or --config file)");
        assertThat(dir.resolve("dist")).doesNotExist();
    }

    @Test
    void shouldKeepTheLocalFilesAndExitOneWhenTheUploadFails() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        RcRun run = RcRun.of(args(List.of("--region", TestCredentials.REGION, "--upload", "s3://" + bucket + "/rc",
                "--set", "AWS_ENDPOINT_URL_S3=http://127.0.0.1:" + closedPort)));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("rc audit: error: cannot upload s3://" + bucket + "/rc/artifacts/json/2026.03.1/")
                .contains("audit.json: SdkClientException: Unable to execute HTTP request");
        assertThat(dir.resolve("dist/audit.json")).isNotEmptyFile();
        assertThat(dir.resolve("dist/audit.xlsx")).isNotEmptyFile();
    }

    @Test
    void shouldTakeTheFixVersionFromTheConfiguration() {
        RcRun run = audit("--set", "FIX_VERSION=2026.04.0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("holds fix version '2026.03.1', not '2026.04.0'");
    }

    @Test
    void shouldRejectAnUploadTargetThatIsNotAnS3Uri() {
        RcRun run = audit("--upload", "https://example.com/bucket");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("expected s3://bucket/prefix");
    }

    private RcRun audit(String... extra) {
        List<String> all = new ArrayList<>(List.of("--region", TestCredentials.REGION,
                "--set", "AWS_ENDPOINT_URL_S3=" + s3.endpoint()));
        all.addAll(List.of(extra));
        return RcRun.of(args(all));
    }

    private String[] args(List<String> extra) {
        List<String> all = new ArrayList<>(List.of("audit", "--offline", "--cache-dir", SAMPLE.toString(),
                "--json", dir.resolve("dist/audit.json").toString(),
                "--xlsx", dir.resolve("dist/audit.xlsx").toString(),
                "--summary", dir.resolve("dist/audit-summary.json").toString(),
                "--markdown", dir.resolve("dist/audit-summary.md").toString()));
        all.addAll(extra);
        return all.toArray(String[]::new);
    }
}
