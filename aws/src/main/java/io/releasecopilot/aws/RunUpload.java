package io.releasecopilot.aws;

import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.upload.AuditUploads;
import io.releasecopilot.upload.RunId;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Uploads one audit run to S3 (docs/aws.md, "Uploads"): opened before the audit, it records the run's log; after
 * the audit committed its files, {@link #send} uploads the reports, the raw cache and the log under a new
 * run id. The CLI and the Lambda handler both use it.
 */
public final class RunUpload implements AutoCloseable {

    private final Configuration config;
    private final UploadSettings settings;
    private final AwsSettings aws;
    private final AwsHttpClients http;
    private final Clock clock;
    private final AwsCredentialsProvider credentials;
    private final RunLogFile log;

    /**
     * Checks the AWS settings (a missing region fails here, before the audit runs) and starts the log.
     *
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    public RunUpload(Configuration config, UploadSettings settings, AwsHttpClients http, Clock clock) {
        this(config, settings, http, clock, null);
    }

    /**
     * Checks the AWS settings and starts the log; the upload signs with the given credentials.
     *
     * @param credentials the credentials, or {@code null} for the SDK's default chain of this process
     * @throws io.releasecopilot.common.UsageException when no region or a bad endpoint is configured
     */
    public RunUpload(Configuration config, UploadSettings settings, AwsHttpClients http, Clock clock,
            AwsCredentialsProvider credentials) {
        this.credentials = credentials;
        this.config = config;
        this.settings = settings;
        this.aws = AwsSettings.from(config);
        this.http = http;
        this.clock = clock;
        this.log = RunLogFile.start();
    }

    /**
     * Uploads the outcome's files, which must be complete on disk.
     *
     * @param cacheDir the cache the audit read
     * @return the run id and the {@code s3://} URIs written
     */
    public Result send(AuditOutcome outcome, Path cacheDir) {
        String runId = RunId.next(clock);
        UploadPlan plan = AuditUploads.planner(settings, outcome.report().result().fixVersion(), runId,
                outcome.written(), cacheDir, log.finish())
                .plan(AuditUploads.metadata(outcome.report(), runId, config));
        try (AwsClients clients = new AwsClients(aws, http, credentials)) {
            return new Result(runId, new S3Uploader(clients.s3(), settings.kmsKeyId()).upload(plan));
        }
    }

    /** Stops recording the log and deletes its temporary file. */
    @Override
    public void close() {
        log.close();
    }

    /**
     * What an upload wrote.
     *
     * @param runId the run id in every key
     * @param uris  the objects, as {@code s3://bucket/key}
     */
    public record Result(String runId, List<String> uris) {

        public Result {
            uris = List.copyOf(uris);
        }
    }
}
