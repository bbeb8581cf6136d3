package io.releasecopilot.upload;

import java.util.List;

/**
 * Writes the objects of an {@link UploadPlan} to the object store. The core plans an upload and calls this; the
 * AWS module implements it for S3, so the core never loads the AWS SDK.
 */
@FunctionalInterface
public interface Uploader {

    /**
     * Uploads every item of the plan, in plan order, with the plan's metadata.
     *
     * @return the {@code s3://} URIs written
     * @throws io.releasecopilot.common.AuditException naming the object when one cannot be written
     */
    List<String> upload(UploadPlan plan);
}
