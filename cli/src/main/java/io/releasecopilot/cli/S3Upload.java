package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.aws.RunUpload;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.upload.UploadSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * The CLI's upload of one run. The only class of {@code rc audit} that reaches the AWS module; it is loaded
 * only when a bucket is configured.
 */
final class S3Upload implements Upload {

    private final UploadSettings settings;
    private final AuditOptions options;
    private final RunUpload upload;

    S3Upload(Configuration config, UploadSettings settings, AuditOptions options) {
        this.settings = settings;
        this.options = options;
        this.upload = new RunUpload(config, settings, new StandardHttpClients(), Clock.systemUTC());
    }

    @Override
    public List<String> send(AuditOutcome outcome, PrintWriter out) {
        RunUpload.Result result = upload.send(outcome, options.cacheDir());
        if (out != null) {
            out.println("uploaded " + result.uris().size() + " files to " + settings.target() + " (run "
                    + result.runId() + ")");
            out.flush();
        }
        return result.uris();
    }

    @Override
    public void close() {
        upload.close();
    }
}
