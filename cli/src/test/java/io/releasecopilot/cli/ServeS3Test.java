package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.aws.S3ReportStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code rc serve --reports s3://bucket/prefix}: the same pages from reports uploaded to S3 (S3Proxy). */
class ServeS3Test {

    @RegisterExtension
    static final S3ProxyExtension S3_PROXY = S3ProxyExtension.builder()
            .withCredentials("access", "secret")
            .withBlobStoreProvider("transient")
            .build();

    @TempDir
    Path dir;

    @Test
    void shouldServeReportsFromAnS3Prefix() throws Exception {
        ServedReports.write(dir.resolve("reports"));
        S3Client s3 = client();
        s3.createBucket(request -> request.bucket("audits"));
        upload(s3, "rc/artifacts/json/2026.03.1/run-a/audit.json", dir.resolve("reports").resolve(ServedReports.RUN_A));
        upload(s3, "rc/artifacts/json/2026.03.1/run-b/audit.json", dir.resolve("reports").resolve(ServedReports.RUN_B));
        upload(s3, "rc/artifacts/json/2026.03.1/run-a/audit-summary.json",
                dir.resolve("reports/2026.03.1/run-a/audit-summary.json"));

        try (ReportServer server = new ReportServer(new S3ReportStore(s3, "audits", "rc"),
                InetAddress.getLoopbackAddress(), 0)) {
            server.start();
            HttpResponse<String> index = ServedReports.get(server.url());
            String runB = RunIndex.id("rc/artifacts/json/2026.03.1/run-b/audit.json");
            HttpResponse<String> report = ServedReports.get(server.url() + "report/" + runB);

            assertThat(index.body()).contains("2 runs of 1 fix version in s3://audits/rc/");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(ServedReports.island(report.body(), "audit-data").path("gate").path("status").asText())
                    .isEqualTo("FAIL");
        }
    }

    @Test
    void shouldNameTheUrlOfAnS3LocationWithoutBucket() {
        RcRun run = RcRun.of("serve", "--reports", "s3://");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).containsExactly("rc serve: error: s3://: expected s3://bucket/prefix");
    }

    private static void upload(S3Client s3, String key, Path file) throws IOException {
        s3.putObject(request -> request.bucket("audits").key(key), RequestBody.fromBytes(Files.readAllBytes(file)));
    }

    private static S3Client client() {
        return S3Client.builder()
                .endpointOverride(S3_PROXY.getUri())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3_PROXY.getAccessKey(), S3_PROXY.getSecretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
