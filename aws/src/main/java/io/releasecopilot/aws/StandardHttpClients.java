package io.releasecopilot.aws;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The CLI's HTTP clients: the JDK's {@code HttpURLConnection} for a light start-up of the JSON APIs, and the
 * Apache 5 client for S3, because {@code HttpURLConnection} now and then fails a PUT while writing its body, and
 * the retry of a conditional PUT then looks like an existing object.
 */
public final class StandardHttpClients implements AwsHttpClients {

    @Override
    public SdkHttpClient s3() {
        return Apache5HttpClient.builder()
                .expectContinueEnabled(true)
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    @Override
    public SdkHttpClient api() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(SOCKET_TIMEOUT)
                .build();
    }

    @Override
    public S3Configuration s3Configuration() {
        // since SDK 2.4x a PUT below a size threshold skips "100 Continue": 0 keeps it on every PUT
        return S3Configuration.builder().expectContinueEnabled(true).expectContinueThresholdInBytes(0L).build();
    }
}
