package io.releasecopilot.upload;

import io.releasecopilot.common.AuditException;
import java.util.List;

/**
 * What the upload stage of a run did: the objects it wrote, or why it did not write them all. Objects written
 * before a failure stay (they are this run's own keys), and so do the local files.
 *
 * @param target  the bucket and prefix
 * @param runId   the run id in every key
 * @param uris    the objects written, as {@code s3://bucket/key}; empty when the upload failed
 * @param failure why the upload stopped, or {@code null} when every object was written
 */
public record UploadResult(S3Uri target, String runId, List<String> uris, AuditException failure) {

    public UploadResult {
        uris = List.copyOf(uris);
    }

    /** Returns whether the upload stopped before every object was written. */
    public boolean failed() {
        return failure != null;
    }

    /**
     * Returns this result when every object was written.
     *
     * @throws AuditException the upload's failure, as it was raised: one line naming the object or the file
     */
    public UploadResult orThrow() {
        if (failure != null) {
            throw failure;
        }
        return this;
    }
}
