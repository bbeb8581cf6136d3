package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadSettings;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The upload flags of {@code rc audit}: {@code --upload s3://bucket/prefix}, {@code --kms-key-id},
 * {@code --no-upload-cache}. An upload happens when a bucket is configured at any level ({@code S3_BUCKET});
 * without one, nothing of AWS is loaded.
 */
final class AwsOptions {

    @Option(names = "--upload", paramLabel = "s3://BUCKET/PREFIX",
            description = "Upload the reports, the raw cache and the run's log to S3 once they are written.")
    String upload;

    @Option(names = "--kms-key-id", paramLabel = "KEY",
            description = "Encrypt uploads with SSE-KMS under this key (default: SSE-S3, AES256).")
    String kmsKeyId;

    @Option(names = "--no-upload-cache", description = "Do not upload the raw cache under temp_data/.")
    boolean noUploadCache;

    /** Adds {@code S3_BUCKET}, {@code S3_PREFIX} and {@code KMS_KEY_ID} from the flags given. */
    void addTo(ConfigLoader loader) {
        if (upload != null) {
            S3Uri target = S3Uri.parse(upload);
            loader.flag("S3_BUCKET", target.bucket(), "flag --upload");
            loader.flag("S3_PREFIX", target.prefix(), "flag --upload");
        }
        if (kmsKeyId != null) {
            loader.flag("KMS_KEY_ID", kmsKeyId, "flag --kms-key-id");
        }
    }

    /** Refuses {@code --kms-key-id} when nothing is uploaded: no bucket at any level. */
    void checkUpload(Configuration config) {
        if (kmsKeyId != null && config.get(Names.S3_BUCKET).isEmpty()) {
            throw new UsageException("--kms-key-id needs --upload (or S3_BUCKET): without an upload nothing is"
                    + " encrypted with the key");
        }
    }

    /** Returns the upload settings when a bucket is configured. */
    Optional<UploadSettings> settings(Configuration config) {
        return UploadSettings.from(config, !noUploadCache);
    }

    /** Prints the keys a run would upload, for {@code --dry-run}; touches no AWS. */
    void printPlan(Configuration config, AuditPlan plan, PrintWriter out) {
        settings(config).ifPresent(settings -> UploadPrinter.print(settings, plan, out));
    }

    /** Starts an upload for the run: it records the run's log and sends the files once they are written. */
    Upload prepare(Configuration config, AuditOptions options) {
        Optional<UploadSettings> settings = settings(config);
        if (settings.isEmpty()) {
            return Upload.NONE;
        }
        return new S3Upload(config, settings.get(), options);
    }
}
