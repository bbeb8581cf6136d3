package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOutcome;
import java.io.PrintWriter;
import java.util.List;

/** What happens to an audit's files after they are written: nothing, or an S3 upload. */
interface Upload extends AutoCloseable {

    /** No upload configured. */
    Upload NONE = new Upload() {
        @Override
        public List<String> send(AuditOutcome outcome, PrintWriter out) {
            return List.of();
        }

        @Override
        public void close() {
            // nothing to release
        }
    };

    /**
     * Uploads the outcome's files, which are complete on disk, and prints one line about it.
     *
     * @param out where to print, or {@code null} for nothing
     * @return the {@code s3://} URIs written
     */
    List<String> send(AuditOutcome outcome, PrintWriter out);

    @Override
    void close();
}
