package io.releasecopilot.aws;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The HTTP side of the AWS clients of one run: the HTTP clients, built on first use and closed with them, and how
 * S3 waits for {@code 100 Continue}. The CLI uses {@link StandardHttpClients} with the SDK it bundles; the Jenkins
 * plugin passes what the SDK of its AWS SDK plugins (an older SDK) provides, so that it links no class or method
 * the plugin does not ship.
 */
public interface AwsHttpClients {

    /** How long a connection may take to open. */
    Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How long a read may wait for data. */
    Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    /** Builds the client for S3 uploads, which must wait for {@code 100 Continue} on every PUT. */
    SdkHttpClient s3();

    /** Builds the client for the JSON APIs (Secrets Manager, DynamoDB). */
    SdkHttpClient api();

    /**
     * Returns the S3 service configuration: wait for {@code 100 Continue} on every PUT, so an early error (no such
     * bucket, access denied) arrives as its AWS error code instead of a broken pipe while the body is written.
     */
    S3Configuration s3Configuration();
}
