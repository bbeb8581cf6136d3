/**
 * The upload stage of an audit (docs/aws.md, "Uploads"): what is uploaded, under which keys, run id and
 * metadata, and the run's log file. {@link io.releasecopilot.audit.AuditRunner} runs the stage when the options
 * carry an {@link io.releasecopilot.upload.UploadRequest}; the objects are written by an
 * {@link io.releasecopilot.upload.Uploader}, which the AWS module implements for S3. No AWS types here, so
 * {@code --dry-run} prints a plan without loading AWS classes.
 */
package io.releasecopilot.upload;
