package io.releasecopilot.aws;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.upload.UploadItem;
import io.releasecopilot.upload.UploadPlan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Carries out an {@link UploadPlan}: one object per file, each with server-side encryption (SSE-S3
 * {@code AES256}, or {@code aws:kms} with a key id), the plan's metadata, and {@code If-None-Match: *}, so
 * S3 refuses to replace an object that exists (412 PreconditionFailed) and a run never overwrites another.
 * Files above the multipart threshold go up in parts; a failed multipart upload is aborted.
 */
public final class S3Uploader {

    /** Files from this size on go up in parts. */
    public static final long DEFAULT_THRESHOLD = 16L * 1024 * 1024;
    /** The size of each part but the last; S3 wants at least 5 MiB. */
    public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;
    private static final int MIN_PART_SIZE = 5 * 1024 * 1024;
    private static final Logger LOG = System.getLogger(S3Uploader.class.getName());

    private final S3Client s3;
    private final String kmsKeyId;
    private final long threshold;
    private final int partSize;

    /** Uploads with the default multipart threshold (16 MiB) and part size (8 MiB). */
    public S3Uploader(S3Client s3, String kmsKeyId) {
        this(s3, kmsKeyId, DEFAULT_THRESHOLD, DEFAULT_PART_SIZE);
    }

    /**
     * Uploads with the given multipart threshold and part size.
     *
     * @param kmsKeyId the KMS key for SSE-KMS, or {@code null} for SSE-S3
     */
    public S3Uploader(S3Client s3, String kmsKeyId, long threshold, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("part size below S3's 5 MiB minimum: " + partSize);
        }
        this.s3 = s3;
        this.kmsKeyId = kmsKeyId == null || kmsKeyId.isBlank() ? null : kmsKeyId.strip();
        this.threshold = threshold;
        this.partSize = partSize;
    }

    /**
     * Uploads every item in plan order and returns their {@code s3://} URIs.
     *
     * @throws AuditException naming the object and the AWS error code when one cannot be written; objects
     *         uploaded before it stay (they belong to this run's own keys)
     */
    public List<String> upload(UploadPlan plan) {
        List<String> uris = new ArrayList<>();
        for (UploadItem item : plan.items()) {
            String uri = plan.uri(item);
            try {
                long size = Files.size(item.source());
                if (size >= threshold && size > partSize) {
                    multipart(plan, item, size);
                } else {
                    put(plan, item);
                }
            } catch (IOException e) {
                throw new AuditException(item.source() + ": cannot read for upload to " + uri + ": " + e, e);
            } catch (SdkException e) {
                if (!writtenByThisRun(plan, item, e)) {
                    throw failure(uri, e);
                }
            }
            LOG.log(Level.DEBUG, "uploaded {0}", uri);
            uris.add(uri);
        }
        LOG.log(Level.INFO, "uploaded {0} objects to s3://{1}/ (run {2})", uris.size(), plan.target().bucket(),
                plan.runId());
        return uris;
    }

    private void put(UploadPlan plan, UploadItem item) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(plan.target().bucket())
                .key(item.key())
                .contentType(item.contentType())
                .metadata(plan.metadata())
                .ifNoneMatch("*")
                .serverSideEncryption(kmsKeyId == null ? ServerSideEncryption.AES256 : ServerSideEncryption.AWS_KMS);
        if (kmsKeyId != null) {
            request.ssekmsKeyId(kmsKeyId);
        }
        s3.putObject(request.build(), RequestBody.fromFile(item.source()));
    }

    private void multipart(UploadPlan plan, UploadItem item, long size) throws IOException {
        CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder()
                .bucket(plan.target().bucket())
                .key(item.key())
                .contentType(item.contentType())
                .metadata(plan.metadata())
                .serverSideEncryption(kmsKeyId == null ? ServerSideEncryption.AES256 : ServerSideEncryption.AWS_KMS);
        if (kmsKeyId != null) {
            create.ssekmsKeyId(kmsKeyId);
        }
        String uploadId = s3.createMultipartUpload(create.build()).uploadId();
        try (InputStream in = Files.newInputStream(item.source())) {
            List<CompletedPart> parts = new ArrayList<>();
            byte[] buffer = new byte[partSize];
            int number = 1;
            for (long sent = 0; sent < size; number++) {
                int length = in.readNBytes(buffer, 0, (int) Math.min(partSize, size - sent));
                if (length == 0) {
                    throw new IOException("the file shrank while it was uploaded");
                }
                int partNumber = number;
                UploadPartResponse part = s3.uploadPart(request -> request.bucket(plan.target().bucket())
                        .key(item.key()).uploadId(uploadId).partNumber(partNumber),
                        RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length));
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(part.eTag())
                        .checksumCRC32(part.checksumCRC32()).build());
                sent += length;
            }
            s3.completeMultipartUpload(request -> request.bucket(plan.target().bucket()).key(item.key())
                    .uploadId(uploadId).ifNoneMatch("*").multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            abort(plan, item, uploadId);
            throw e;
        }
    }

    private void abort(UploadPlan plan, UploadItem item, String uploadId) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(plan.target().bucket()).key(item.key())
                    .uploadId(uploadId));
        } catch (SdkException e) {
            LOG.log(Level.WARNING, "could not abort the multipart upload of s3://{0}/{1}: {2}",
                    plan.target().bucket(), item.key(), AwsErrors.code(e));
        }
    }

    /**
     * Returns whether a 412 answers a retry whose first attempt did write the object: the SDK retries a PUT
     * whose response was lost, and the object then carries this run's id and size.
     */
    private boolean writtenByThisRun(UploadPlan plan, UploadItem item, SdkException e) {
        if (!(e instanceof AwsServiceException service) || service.statusCode() != 412) {
            return false;
        }
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(plan.target().bucket()).key(item.key()));
            boolean ours = plan.runId().equals(head.metadata().get("run-id"))
                    && head.contentLength() == Files.size(item.source());
            if (ours) {
                LOG.log(Level.DEBUG, "s3://{0}/{1} was written by an earlier attempt of this run",
                        plan.target().bucket(), item.key());
            }
            return ours;
        } catch (SdkException | IOException other) {
            return false;
        }
    }

    private static AuditException failure(String uri, SdkException e) {
        if (e instanceof AwsServiceException service && service.statusCode() == 412) {
            return new AuditException(uri + " already exists; an upload never replaces an object "
                    + "(PreconditionFailed)", e);
        }
        return new AuditException("cannot upload " + uri + ": " + AwsErrors.describe(e), e);
    }
}
