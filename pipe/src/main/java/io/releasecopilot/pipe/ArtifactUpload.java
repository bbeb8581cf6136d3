package io.releasecopilot.pipe;

import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.aws.RunUpload;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Uploads the artifacts and the raw cache to S3 when {@code S3_UPLOAD} is set (keys, encryption and metadata
 * per PRODUCT.md §11; AWS credentials and region from the SDK's default chain and {@code AWS_REGION}). A
 * failed upload is a warning: the artifacts stay in the pipeline and the gate decides the exit code.
 */
final class ArtifactUpload {

    private ArtifactUpload() {
    }

    /**
     * Uploads {@code outcome}'s files under {@code config.s3Upload()} and returns the AWS console address of the
     * run's JSON report for the Code Insights report (which links only to web pages), or empty when nothing was
     * uploaded.
     *
     * @param env  the pipe's environment: AWS settings ({@code AWS_REGION}, {@code KMS_KEY_ID}, endpoint overrides)
     * @param warn receives one line when the upload failed
     */
    static Optional<String> toS3(PipeConfig config, Map<String, String> env, AuditOutcome outcome, Clock clock,
            Consumer<String> warn) {
        if (config.s3Upload() == null) {
            return Optional.empty();
        }
        try {
            S3Uri target = S3Uri.parse(config.s3Upload().toString());
            Configuration settings = ConfigLoader.builder()
                    .environment(env)
                    .flag(Names.S3_BUCKET, target.bucket(), "S3_UPLOAD")
                    .flag(Names.S3_PREFIX, target.prefix(), "S3_UPLOAD")
                    .load();
            UploadSettings upload = UploadSettings.from(settings, true).orElseThrow();
            try (RunUpload run = new RunUpload(settings, upload, new StandardHttpClients(), clock)) {
                RunUpload.Result result = run.send(outcome, config.offline() ? config.cacheDir() : config.liveCacheDir());
                return result.uris().stream().filter(uri -> uri.endsWith("/audit.json")).findFirst()
                        .or(() -> result.uris().stream().findFirst())
                        .map(ArtifactUpload::consoleLink);
            }
        } catch (AuditException e) {
            warn.accept("S3 upload to " + config.s3Upload() + " failed: " + e.getMessage()
                    + "; the artifacts stay in the pipeline (release-audit/)");
            return Optional.empty();
        }
    }

    /** {@code s3://bucket/key} as the S3 console's web address of that object. */
    private static String consoleLink(String s3Uri) {
        URI uri = URI.create(s3Uri);
        return "https://s3.console.aws.amazon.com/s3/object/" + uri.getHost() + "?prefix="
                + URLEncoder.encode(uri.getPath().substring(1), StandardCharsets.UTF_8);
    }
}
