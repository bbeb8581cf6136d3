package io.releasecopilot.pipe;

import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.aws.AwsUploader;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pipe's upload of the artifacts and the raw cache to S3 when {@code S3_UPLOAD} is set (keys, encryption and
 * metadata as in docs/aws.md; AWS credentials and region from the SDK's default chain and {@code AWS_REGION}).
 * The core uploads once the artifacts are written. A failed upload, or AWS settings that do not allow one, is a
 * warning: the artifacts stay in the pipeline and the gate decides the exit code.
 */
final class ArtifactUpload {

    private final PipeConfig config;
    private final UploadRequest request;
    private final AuditException setupFailure;

    private ArtifactUpload(PipeConfig config, UploadRequest request, AuditException setupFailure) {
        this.config = config;
        this.request = request;
        this.setupFailure = setupFailure;
    }

    /**
     * Prepares the upload {@code S3_UPLOAD} asks for; AWS settings that do not allow it are kept for
     * {@link #link} to warn about, and the audit runs without an upload.
     *
     * @param env the pipe's environment: AWS settings ({@code AWS_REGION}, {@code KMS_KEY_ID}, endpoint overrides)
     */
    static ArtifactUpload of(PipeConfig config, Map<String, String> env) {
        if (config.s3Upload() == null) {
            return new ArtifactUpload(config, null, null);
        }
        try {
            S3Uri target = S3Uri.parse(config.s3Upload().toString());
            Configuration settings = ConfigLoader.builder()
                    .environment(env)
                    .flag(Names.S3_BUCKET, target.bucket(), "S3_UPLOAD")
                    .flag(Names.S3_PREFIX, target.prefix(), "S3_UPLOAD")
                    .load();
            UploadSettings upload = UploadSettings.from(settings, true).orElseThrow();
            return new ArtifactUpload(config, AwsUploader.request(settings, upload, new StandardHttpClients()), null);
        } catch (AuditException e) {
            return new ArtifactUpload(config, null, e);
        }
    }

    /** Returns what the audit is to upload, or {@code null} for nothing. */
    UploadRequest request() {
        return request;
    }

    /**
     * Returns the AWS console address of the run's JSON report for the Code Insights report (which links only to
     * web pages), or empty when nothing was uploaded.
     *
     * @param warn receives one line when the upload failed
     */
    Optional<String> link(AuditOutcome outcome, Consumer<String> warn) {
        AuditException failure = setupFailure != null ? setupFailure
                : outcome.upload() == null ? null : outcome.upload().failure();
        if (failure != null) {
            warn.accept("S3 upload to " + config.s3Upload() + " failed: " + failure.getMessage()
                    + "; the artifacts stay in the pipeline (release-audit/)");
            return Optional.empty();
        }
        return outcome.uploaded().stream().filter(uri -> uri.endsWith("/audit.json")).findFirst()
                .or(() -> outcome.uploaded().stream().findFirst())
                .map(ArtifactUpload::consoleLink);
    }

    /** {@code s3://bucket/key} as the S3 console's web address of that object. */
    private static String consoleLink(String s3Uri) {
        URI uri = URI.create(s3Uri);
        return "https://s3.console.aws.amazon.com/s3/object/" + uri.getHost() + "?prefix="
                + URLEncoder.encode(uri.getPath().substring(1), StandardCharsets.UTF_8);
    }
}
