package io.releasecopilot.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The AWS clients of one run, each built on first use: the region and endpoints from {@link AwsSettings}, the HTTP
 * clients from {@link AwsHttpClients}, and credentials from the SDK's default chain (environment, profile, web
 * identity, container or instance role) or from a given provider (the Jenkins step's, built from the Pipeline's
 * environment by {@link EnvironmentCredentials}). Nothing here is loaded on a run that uses no AWS feature, and
 * nothing here names DynamoDB: the Jenkins plugin ships no DynamoDB client ({@link Readiness} builds its own).
 */
public final class AwsClients implements AutoCloseable {

    private final AwsSettings settings;
    private final AwsHttpClients httpClients;
    private final AwsCredentialsProvider credentials;
    private SdkHttpClient http;
    private SdkHttpClient s3Http;
    private S3Client s3;
    private SecretsManagerClient secretsManager;

    /** Creates the factory; no client is built yet. */
    public AwsClients(AwsSettings settings, AwsHttpClients httpClients) {
        this(settings, httpClients, null);
    }

    /**
     * Creates the factory with the credentials to sign with; no client is built yet.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     */
    public AwsClients(AwsSettings settings, AwsHttpClients httpClients, AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.httpClients = httpClients;
        this.credentials = credentials;
    }

    public AwsSettings settings() {
        return settings;
    }

    /** Returns the S3 client; path-style addressing when an endpoint override is set. */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3Http = httpClients.s3();
            s3 = configure(S3Client.builder(), settings.s3(), s3Http)
                    .forcePathStyle(settings.s3() != null)
                    .serviceConfiguration(httpClients.s3Configuration())
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

    /** Configures a builder of another client with this run's region, endpoint, user agent and API HTTP client. */
    synchronized <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        return configure(builder, endpoint, http());
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
            http = httpClients.api();
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
        if (http != null) {
            http.close();
        }
        if (s3Http != null) {
            s3Http.close();
        }
    }
}
