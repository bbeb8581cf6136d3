package io.releasecopilot.aws;

import io.releasecopilot.upload.S3Uri;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Puts a small object under {@code <prefix>/health/} with the same encryption and conditional write as an
 * upload, reads it back, compares the bytes and deletes it.
 */
final class S3Check implements ReadinessCheck {

    private final S3Uri target;
    private final String kmsKeyId;
    private final String probeId;
    private final Supplier<S3Client> client;

    S3Check(S3Uri target, String kmsKeyId, String probeId, Supplier<S3Client> client) {
        this.target = target;
        this.kmsKeyId = kmsKeyId;
        this.probeId = probeId;
        this.client = client;
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public String resource() {
        return target == null ? "s3:(S3_BUCKET not set)" : "s3://" + target.bucket() + "/" + key();
    }

    @Override
    public String plan() {
        return "would put, get and delete a probe object with "
                + (kmsKeyId == null ? "SSE AES256" : "SSE aws:kms");
    }

    @Override
    public Optional<String> missing() {
        return target == null ? Optional.of("S3_BUCKET is not set") : Optional.empty();
    }

    @Override
    public CheckResult run() {
        if (target == null) {
            return CheckResult.fail(name(), resource(), missing().orElseThrow(), 0);
        }
        long start = System.nanoTime();
        byte[] body = ("Release Copilot readiness probe " + probeId + "\n").getBytes(StandardCharsets.UTF_8);
        String step = "PutObject";
        try {
            S3Client s3 = client.get();
            PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(target.bucket()).key(key())
                    .contentType("text/plain; charset=utf-8").ifNoneMatch("*")
                    .serverSideEncryption(kmsKeyId == null ? ServerSideEncryption.AES256
                            : ServerSideEncryption.AWS_KMS);
            if (kmsKeyId != null) {
                put.ssekmsKeyId(kmsKeyId);
            }
            s3.putObject(put.build(), RequestBody.fromBytes(body));
            step = "GetObject";
            byte[] read = s3.getObjectAsBytes(request -> request.bucket(target.bucket()).key(key())).asByteArray();
            step = "DeleteObject";
            s3.deleteObject(request -> request.bucket(target.bucket()).key(key()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!Arrays.equals(body, read)) {
                return CheckResult.fail(name(), resource(), "GetObject returned other bytes than were put", millis);
            }
            return CheckResult.pass(name(), resource(), "put, read back and deleted a probe object", millis);
        } catch (SdkException e) {
            return CheckResult.fail(name(), resource(), step + ": " + AwsErrors.describe(e),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private String key() {
        return target.key("health/" + probeId + ".txt");
    }
}
