package io.releasecopilot.cli;

import io.releasecopilot.aws.AwsUploader;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadSettings;

/**
 * The CLI's S3 uploader. The only class of {@code rc audit} that reaches the AWS module; it is loaded only when
 * a bucket is configured and the run is not a dry run.
 */
final class S3Upload {

    private S3Upload() {
    }

    /**
     * Returns the request that the audit upload its files to S3.
     *
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    static UploadRequest request(Configuration config, UploadSettings settings) {
        return AwsUploader.request(config, settings, new StandardHttpClients());
    }
}
