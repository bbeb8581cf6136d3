package io.releasecopilot.cli.pipe;

import io.releasecopilot.audit.AuditOutcome;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Uploads the artifacts to S3 when {@code S3_UPLOAD} is set. The AWS upload is not part of this build yet:
 * the pipe says so in one warning line and keeps the artifacts in the pipeline only.
 */
final class ArtifactUpload {

    private ArtifactUpload() {
    }

    /**
     * Uploads {@code outcome}'s files under {@code config.s3Upload()} (keys per PRODUCT.md §11) and returns a
     * web address of the uploaded run for the Code Insights report, or empty when nothing was uploaded.
     *
     * @param warn receives one line when the upload did not happen
     */
    static Optional<String> toS3(PipeConfig config, AuditOutcome outcome, Consumer<String> warn) {
        if (config.s3Upload() == null) {
            return Optional.empty();
        }
        warn.accept(PipeVariables.S3_UPLOAD + " is set, but this build of the pipe cannot upload to S3 yet;"
                + " the " + outcome.written().size() + " artifacts stay in the pipeline (release-audit/)");
        return Optional.empty();
    }
}
