package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadResult;
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

    /**
     * Returns the options with the upload the configuration asks for: the core uploads the files once they are
     * written. Checks the AWS settings now, before the audit runs.
     *
     * @throws UsageException when a bucket is configured but no region (or a bad endpoint)
     */
    AuditOptions withUpload(AuditOptions options, Configuration config) {
        Optional<UploadSettings> settings = settings(config);
        return settings.isEmpty() ? options : options.withUpload(S3Upload.request(config, settings.get()));
    }

    /**
     * Prints one line about the run's upload, if it had one.
     *
     * @param out where to print, or {@code null} for nothing
     * @throws io.releasecopilot.common.AuditException the upload's failure, naming the object and the AWS error
     */
    static void report(AuditOutcome outcome, PrintWriter out) {
        if (outcome.upload() == null) {
            return;
        }
        UploadResult result = outcome.upload().orThrow();
        if (out != null) {
            out.println("uploaded " + result.uris().size() + " files to " + result.target() + " (run "
                    + result.runId() + ")");
            out.flush();
        }
    }
}
