package io.releasecopilot.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.aws.fakes.S3Fake;
import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.upload.AuditUploads;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadMetadata;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

class S3UploaderTest {

    static {
        TestAws.install();
    }

    private static final Instant GENERATED = Instant.parse("2026-11-24T03:20:01Z");
    private static int buckets;
    private static S3Fake s3;
    private static AwsClients clients;

    @TempDir
    Path dir;

    private String bucket;
    private List<Path> outputs;
    private Path cache;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = new S3Fake("locked");
        clients = new AwsClients(new AwsSettings(TestAws.REGION, s3.endpoint(), null, null),
                new StandardHttpClients());
    }

    @AfterAll
    static void stopS3() throws Exception {
        clients.close();
        s3.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        bucket = "audits-" + ++buckets;
        s3.bucket(bucket);
        outputs = List.of(Files.writeString(dir.resolve("audit.json"), "{\"schema\":\"release-audit/v1\"}"),
                Files.writeString(dir.resolve("audit.xlsx"), "PK-workbook"),
                Files.writeString(dir.resolve("audit-summary.json"), "{\"schema\":\"release-audit-summary/v1\"}"));
        cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("manifest.json"), "{\"layout\":\"release-copilot-cache/v1\"}");
        Files.createDirectories(cache.resolve("jira"));
        Files.writeString(cache.resolve("jira/page-00001.json"), "{\"issues\":[]}");
    }

    @Test
    void shouldUploadEveryFileUnderItsKeyWithMetadataAndAes256() throws IOException {
        Path log = Files.writeString(dir.resolve("rc-audit.log"), "INFO read 3 issues\n");
        UploadPlan plan = plan("s3://" + bucket + "/rc", "run-1", log, Map.of("env", "prod", "ticket", "REL-1"));

        List<String> uris = new S3Uploader(clients.s3(), null).upload(plan);

        String run = "2026.03.1/run-1/";
        assertThat(keys()).containsExactlyInAnyOrder(
                "rc/artifacts/json/" + run + "audit.json",
                "rc/artifacts/excel/" + run + "audit.xlsx",
                "rc/artifacts/json/" + run + "audit-summary.json",
                "rc/temp_data/" + run + "jira/page-00001.json",
                "rc/temp_data/" + run + "manifest.json",
                "rc/logs/" + run + "rc-audit.log");
        assertThat(uris).contains("s3://" + bucket + "/rc/artifacts/json/" + run + "audit.json");
        HeadObjectResponse head = head("rc/artifacts/json/" + run + "audit.json");
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        assertThat(head.contentType()).isEqualTo("application/json");
        assertThat(head.metadata()).containsEntry("artifact", "rc-audit").containsEntry("fix-version", "2026.03.1")
                .containsEntry("generated-at", "2026-11-24T03:20:01Z").containsEntry("git-sha", "9f2c1ab")
                .containsEntry("run-id", "run-1");
        assertThat(new ObjectMapper().readTree(head.metadata().get("scope")).path("ticket").asText()).isEqualTo("REL-1");
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(bucket).key("rc/logs/" + run + "rc-audit.log"))
                .asUtf8String()).isEqualTo("INFO read 3 issues\n");
    }

    @Test
    void shouldAskForSseKmsWithTheKeyId() {
        new S3Uploader(clients.s3(), "arn:aws:kms:eu-west-1:123456789012:key/rc").upload(
                plan("s3://" + bucket, "run-kms", null, Map.of()));

        HeadObjectResponse head = head("artifacts/excel/2026.03.1/run-kms/audit.xlsx");
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AWS_KMS);
        assertThat(head.ssekmsKeyId()).isEqualTo("arn:aws:kms:eu-west-1:123456789012:key/rc");
    }

    @Test
    void shouldNeverOverwriteAnEarlierRun() throws IOException {
        S3Uploader uploader = new S3Uploader(clients.s3(), null);
        uploader.upload(plan("s3://" + bucket + "/rc", "run-1", null, Map.of()));
        String firstKey = "rc/artifacts/json/2026.03.1/run-1/audit.json";
        Files.writeString(outputs.get(0), "{\"schema\":\"release-audit/v1\",\"second\":true}");

        uploader.upload(plan("s3://" + bucket + "/rc", "run-2", null, Map.of()));

        assertThat(read(firstKey)).isEqualTo("{\"schema\":\"release-audit/v1\"}");
        assertThat(read("rc/artifacts/json/2026.03.1/run-2/audit.json")).contains("second");
        assertThat(keys()).hasSize(10);

        // the same run id with other content: S3 refuses the conditional put (412)
        UploadPlan sameRun = plan("s3://" + bucket + "/rc", "run-1", null, Map.of());
        assertThatThrownBy(() -> uploader.upload(sameRun)).isInstanceOf(AuditException.class)
                .hasMessage("s3://" + bucket + "/" + firstKey + " already exists; an upload never replaces an object "
                        + "(PreconditionFailed)");
        assertThat(read(firstKey)).isEqualTo("{\"schema\":\"release-audit/v1\"}");
    }

    @Test
    void shouldUploadALargeFileInPartsWithTheSameMetadataAndEncryption() throws IOException {
        byte[] big = new byte[6 * 1024 * 1024 + 123];
        new Random(7).nextBytes(big);
        Files.write(outputs.get(1), big);
        S3Uploader uploader = new S3Uploader(clients.s3(), null, 1024 * 1024, 5 * 1024 * 1024);

        uploader.upload(plan("s3://" + bucket, "run-mp", null, Map.of("env", "prod")));

        String key = "artifacts/excel/2026.03.1/run-mp/audit.xlsx";
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray()).isEqualTo(big);
        HeadObjectResponse head = head(key);
        assertThat(head.eTag()).endsWith("-2\"");
        assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        assertThat(head.metadata()).containsEntry("artifact", "rc-audit").containsEntry("run-id", "run-mp");
        assertThat(head.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Files.write(outputs.get(1), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> uploader.upload(plan("s3://" + bucket, "run-mp", null, Map.of())))
                .hasMessageContaining(key + " already exists");
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray()).isEqualTo(big);
        assertThat(s3.client().listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    void shouldStoreMetadataTruncatedToTheTwoKilobyteLimit() {
        Map<String, String> scope = new LinkedHashMap<>();
        for (int i = 0; i < 80; i++) {
            scope.put("component" + i, "a-rather-long-value-for-component-" + i);
        }

        new S3Uploader(clients.s3(), null).upload(plan("s3://" + bucket, "run-big", null, scope));

        Map<String, String> stored = head("artifacts/json/2026.03.1/run-big/audit.json").metadata();
        assertThat(UploadMetadata.size(stored)).isLessThanOrEqualTo(2048);
        assertThat(stored.get("scope")).startsWith("{\"component0\":").endsWith("}");
        assertThat(stored.get("scope-truncated")).contains("of 80 pairs left out");
    }

    @Test
    void shouldNameTheObjectAndTheCodeWhenTheBucketDeniesAccess() {
        assertThatThrownBy(() -> new S3Uploader(clients.s3(), null).upload(plan("s3://locked/rc", "run-1", null, Map.of())))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith("cannot upload s3://locked/rc/artifacts/json/2026.03.1/run-1/audit.json: AccessDenied");
    }

    private UploadPlan plan(String target, String runId, Path log, Map<String, String> scope) {
        UploadSettings settings = new UploadSettings(S3Uri.parse(target), null, true);
        return AuditUploads.planner(settings, "2026.03.1", runId, outputs, cache, log)
                .plan(UploadMetadata.of("2026.03.1", GENERATED, runId, "1.0.0", "9f2c1ab", scope));
    }

    private List<String> keys() {
        return s3.client().listObjectsV2(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    private HeadObjectResponse head(String key) {
        return s3.client().headObject(r -> r.bucket(bucket).key(key));
    }

    private String read(String key) {
        return s3.client().getObjectAsBytes(r -> r.bucket(bucket).key(key)).asUtf8String();
    }
}
