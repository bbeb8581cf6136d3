package io.releasecopilot.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The AWS clients of one run, each built on first use: the region and endpoints from {@link AwsSettings} and
 * credentials from the SDK's default chain (environment, profile, web identity, container or instance role), or
 * from a given provider (the Jenkins step's, built from the Pipeline's environment by {@link EnvironmentCredentials}).
 * Secrets Manager and DynamoDB use the JDK's {@code HttpURLConnection} for a light start-up; S3 uses the
 * Apache client, because {@code HttpURLConnection} now and then fails a PUT while writing its body, and the
 * retry of a conditional PUT then looks like an existing object. Nothing here is loaded on a run that uses
 * no AWS feature.
 */
public final class AwsClients implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private SdkHttpClient http;
    private SdkHttpClient s3Http;
    private S3Client s3;
    private SecretsManagerClient secretsManager;
    private DynamoDbClient dynamoDb;

    /** Creates the factory; no client is built yet. */
    public AwsClients(AwsSettings settings) {
        this(settings, null);
    }

    /**
     * Creates the factory with the credentials to sign with; no client is built yet.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     */
    public AwsClients(AwsSettings settings, AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.credentials = credentials;
    }

    public AwsSettings settings() {
        return settings;
    }

    /** Returns the S3 client; path-style addressing when an endpoint override is set. */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3Http = Apache5HttpClient.builder()
                    .expectContinueEnabled(true)
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(TIMEOUT)
                    .build();
            s3 = configure(S3Client.builder(), settings.s3(), s3Http)
                    .forcePathStyle(settings.s3() != null)
                    // wait for "100 Continue" on every PUT, so an early error (no such bucket, access denied)
                    // arrives as its AWS error code instead of a broken pipe while the body is written
                    .serviceConfiguration(S3Configuration.builder()
                            .expectContinueEnabled(true).expectContinueThresholdInBytes(0L).build())
                    .build();
        }
        return s3;
    }

    /** Returns the Secrets Manager client. */
    public synchronized SecretsManagerClient secretsManager() {
        if (secretsManager == null) {
            secretsManager = configure(SecretsManagerClient.builder(), settings.secretsManager(), http()).build();
        }
        return secretsManager;
    }

    /** Returns the DynamoDB client. */
    public synchronized DynamoDbClient dynamoDb() {
        if (dynamoDb == null) {
            dynamoDb = configure(DynamoDbClient.builder(), settings.dynamoDb(), http()).build();
        }
        return dynamoDb;
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint,
            SdkHttpClient httpClient) {
        builder.region(Region.of(settings.region()))
                .httpClient(httpClient)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, "release-copilot")
                        .build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        return builder;
    }

    private SdkHttpClient http() {
        if (http == null) {
            http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(10))
                    .socketTimeout(TIMEOUT)
                    .build();
        }
        return http;
    }

    @Override
    public synchronized void close() {
        if (s3 != null) {
            s3.close();
        }
        if (secretsManager != null) {
            secretsManager.close();
        }
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        if (http != null) {
            http.close();
        }
        if (s3Http != null) {
            s3Http.close();
        }
    }
}
