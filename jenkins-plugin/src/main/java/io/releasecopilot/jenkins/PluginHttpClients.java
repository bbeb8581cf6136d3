package io.releasecopilot.jenkins;

import io.releasecopilot.aws.AwsHttpClients;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The HTTP client under the step's AWS clients: the SDK's Apache client, which the {@code aws-java-sdk2-core}
 * plugin ships (on the Apache HttpClient 4 of {@code apache-httpcomponents-client-4-api}). The plugin bundles no
 * HTTP client of its own, so every AWS class it links comes from the AWS SDK plugins it depends on.
 */
final class PluginHttpClients implements AwsHttpClients {

    @Override
    public SdkHttpClient s3() {
        return ApacheHttpClient.builder()
                .expectContinueEnabled(true)
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    @Override
    public SdkHttpClient api() {
        return ApacheHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    @Override
    public S3Configuration s3Configuration() {
        // the plugin's SDK (2.42) has no size threshold: "100 Continue" is awaited on every PUT with a body
        return S3Configuration.builder().expectContinueEnabled(true).build();
    }
}
