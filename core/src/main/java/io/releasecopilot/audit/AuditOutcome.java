package io.releasecopilot.audit;

import io.releasecopilot.report.AuditReport;
import io.releasecopilot.upload.UploadResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What an audit produced.
 *
 * @param report  the report: correlation, gate verdict, metadata
 * @param written the files written, in the order of {@link OutputTargets#all()}
 * @param upload  what the upload stage did, or {@code null} when the options asked for no upload; a failed
 *                upload is here, not thrown, so the front end still has the report
 */
public record AuditOutcome(AuditReport report, List<Path> written, UploadResult upload) {

    public AuditOutcome {
        written = List.copyOf(written);
    }

    /** An outcome without an upload. */
    public AuditOutcome(AuditReport report, List<Path> written) {
        this(report, written, null);
    }

    /** Returns the {@code s3://} URIs uploaded; empty without an upload or when it failed. */
    public List<String> uploaded() {
        return upload == null ? List.of() : upload.uris();
    }
}
