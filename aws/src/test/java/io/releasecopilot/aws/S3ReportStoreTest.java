package io.releasecopilot.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.store.StoredReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class S3ReportStoreTest {

    @RegisterExtension
    static final S3ProxyExtension S3_PROXY = S3ProxyExtension.builder()
            .withCredentials("access", "secret")
            .withBlobStoreProvider("transient")
            .build();

    private S3Client s3;

    @BeforeEach
    void setUp() {
        s3 = client(S3_PROXY);
        s3.createBucket(request -> request.bucket("audits"));
        put("releases/artifacts/json/1.4.0/run-1/audit.json", "{\"schema\":\"release-audit/v1\"}");
        put("releases/artifacts/json/1.4.0/run-1/audit-summary.json", "{}");
        put("releases/artifacts/excel/1.4.0/run-1/audit.xlsx", "xlsx");
        put("releases-old/artifacts/json/1.3.0/run-0/audit.json", "{}");
    }

    @Test
    void shouldListTheJsonFilesUnderThePrefix() {
        S3ReportStore store = new S3ReportStore(s3, "audits", "releases");

        assertThat(store.location()).isEqualTo("s3://audits/releases/");
        assertThat(store.list()).extracting(StoredReport::key).containsExactlyInAnyOrder(
                "releases/artifacts/json/1.4.0/run-1/audit.json",
                "releases/artifacts/json/1.4.0/run-1/audit-summary.json");
        assertThat(store.list()).allSatisfy(report -> {
            assertThat(report.size()).isPositive();
            assertThat(report.lastModified()).isNotNull();
        });
    }

    @Test
    void shouldReadAListedFileAndNothingOutsideThePrefix() throws IOException {
        S3ReportStore store = new S3ReportStore(s3, "audits", "releases/");

        try (InputStream in = store.open("releases/artifacts/json/1.4.0/run-1/audit.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"schema\":\"release-audit/v1\"}");
        }
        assertThatThrownBy(() -> store.open("releases-old/artifacts/json/1.3.0/run-0/audit.json"))
                .isInstanceOf(AuditException.class).hasMessageContaining("no report");
        assertThatThrownBy(() -> store.open("releases/missing.json"))
                .isInstanceOf(AuditException.class).hasMessageStartingWith("cannot read s3://audits/releases/missing.json");
    }

    @Test
    void shouldNameTheBucketWhenListingFails() {
        S3ReportStore store = new S3ReportStore(s3, "no-such-bucket", "");

        assertThatThrownBy(store::list).isInstanceOf(AuditException.class)
                .hasMessageStartingWith("cannot list s3://no-such-bucket/");
    }

    @Test
    void shouldRefuseAUrlWithoutBucket() {
        assertThatThrownBy(() -> S3ReportStore.forUrl("s3://")).isInstanceOf(UsageException.class)
                .hasMessage("s3://: expected s3://bucket/prefix");
        assertThatThrownBy(() -> S3ReportStore.forUrl("s3:///prefix")).isInstanceOf(UsageException.class);
    }

    private void put(String key, String body) {
        s3.putObject(request -> request.bucket("audits").key(key), RequestBody.fromString(body));
    }

    /** Returns a client of the proxy: path-style requests, static credentials. */
    static S3Client client(S3ProxyExtension proxy) {
        return S3Client.builder()
                .endpointOverride(proxy.getUri())
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(proxy.getAccessKey(), proxy.getSecretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
}
