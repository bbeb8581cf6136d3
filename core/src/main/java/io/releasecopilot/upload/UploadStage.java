package io.releasecopilot.upload;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.report.AuditReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The last stage of an audit run that a front end asked to upload: opened before the run reads anything, it
 * records the run's log; once the run has committed its files, {@link #send} lays out the reports, the raw cache
 * and the log under a new run id (docs/aws.md, "Uploads") and hands the plan to the request's {@link Uploader}.
 * {@link io.releasecopilot.audit.AuditRunner} drives it; a front end only builds the {@link UploadRequest}.
 */
public final class UploadStage implements AutoCloseable {

    /** The run id of a preview's keys: a real run's id is only known when it uploads. */
    public static final String PREVIEW_RUN_ID = "<runId>";

    private final UploadRequest request;
    private final Clock clock;
    private final RunLogFile log;

    private UploadStage(UploadRequest request, Clock clock) {
        this.request = request;
        this.clock = clock;
        this.log = RunLogFile.start();
    }

    /** Starts recording the run's log for the upload. */
    public static UploadStage start(UploadRequest request, Clock clock) {
        return new UploadStage(request, clock);
    }

    /**
     * Uploads the run's files, which must be complete on disk. Never throws for a failed upload: the written
     * files stay, and the result says what went wrong, for the front end to report.
     *
     * @param written  the report files, as the run wrote them
     * @param cacheDir the cache the run read, uploaded when the settings include it
     */
    public UploadResult send(AuditReport report, List<Path> written, Path cacheDir) {
        String runId = RunId.next(clock);
        S3Uri target = request.settings().target();
        if (Thread.currentThread().isInterrupted()) {
            return new UploadResult(target, runId, List.of(), new AuditException("the run was aborted before its "
                    + "upload to " + target + ": nothing was uploaded"));
        }
        try {
            UploadPlan plan = AuditUploads.planner(request.settings(), report.result().fixVersion(), runId, written,
                    cacheDir, log.finish()).plan(AuditUploads.metadata(report, runId, request.ciCommit()));
            return new UploadResult(target, runId, request.uploader().upload(plan), null);
        } catch (AuditException e) {
            return new UploadResult(target, runId, List.of(), e);
        } catch (RuntimeException e) {
            // the outputs are committed: an uploader's bug or a full disk under the log must not cost the verdict
            return new UploadResult(target, runId, List.of(),
                    new AuditException("upload to " + target + " failed: " + e, e));
        }
    }

    /**
     * Returns what a run would upload, for {@code --dry-run}: the files, the cache when it exists and the
     * settings include it, and the log, under {@link #PREVIEW_RUN_ID}, without metadata.
     *
     * @param files       the report files the run would write
     * @param cacheExists whether the cache is on disk already (a live run may create it)
     */
    public static UploadPlan preview(UploadSettings settings, String fixVersion, List<Path> files, Path cacheDir,
            boolean cacheExists) {
        UploadSettings withCache = cacheExists ? settings
                : new UploadSettings(settings.target(), settings.kmsKeyId(), false);
        return AuditUploads.planner(withCache, fixVersion, PREVIEW_RUN_ID, files, cacheDir,
                Path.of(AuditUploads.LOG_NAME)).plan(Map.of());
    }

    /** Stops recording the log and deletes its temporary file. */
    @Override
    public void close() {
        log.close();
    }
}
