package io.releasecopilot.aws;

import io.releasecopilot.config.Configuration;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadSettings;
import io.releasecopilot.upload.Uploader;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The S3 {@link Uploader} of an audit run: its AWS settings are checked when it is made, before the audit
 * runs (a missing region fails there); the S3 client is opened for the upload and closed after it. The CLI, the
 * pipe, the Lambda handler and the Jenkins step hand one to the core in an {@link UploadRequest}.
 */
public final class AwsUploader implements Uploader {

    private final UploadSettings settings;
    private final AwsSettings aws;
    private final AwsHttpClients http;
    private final AwsCredentialsProvider credentials;

    /**
     * Checks the AWS settings; the upload signs with the given credentials.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    public AwsUploader(Configuration config, UploadSettings settings, AwsHttpClients http,
            AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.aws = AwsSettings.from(config);
        this.http = http;
        this.credentials = credentials;
    }

    /**
     * Returns the request for a run to upload its files to S3 with the SDK's default credentials; the CI's
     * commit comes from {@code config}.
     *
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    public static UploadRequest request(Configuration config, UploadSettings settings, AwsHttpClients http) {
        return request(config, settings, http, null);
    }

    /**
     * Returns the request for a run to upload its files to S3, signed with the given credentials.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    public static UploadRequest request(Configuration config, UploadSettings settings, AwsHttpClients http,
            AwsCredentialsProvider credentials) {
        return UploadRequest.of(settings, config, new AwsUploader(config, settings, http, credentials));
    }

    @Override
    public List<String> upload(UploadPlan plan) {
        try (AwsClients clients = new AwsClients(aws, http, credentials)) {
            return new S3Uploader(clients.s3(), settings.kmsKeyId()).upload(plan);
        }
    }
}
