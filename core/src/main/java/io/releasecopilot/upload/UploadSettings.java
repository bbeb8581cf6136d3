package io.releasecopilot.upload;

import io.releasecopilot.config.ConfigLookup;
import io.releasecopilot.config.Names;
import java.util.Optional;

/**
 * Whether and where an audit uploads its files: {@code S3_BUCKET} (set by {@code --upload s3://bucket/prefix}
 * or any configuration level), {@code S3_PREFIX}, {@code KMS_KEY_ID}.
 *
 * @param target       the bucket and prefix
 * @param kmsKeyId     the KMS key for SSE-KMS, or {@code null} for SSE-S3 (AES256)
 * @param includeCache whether the raw cache goes under {@code temp_data/}
 */
public record UploadSettings(S3Uri target, String kmsKeyId, boolean includeCache) {

    /**
     * Returns the upload settings when a bucket is configured, else empty (no upload).
     *
     * @throws io.releasecopilot.common.UsageException when the bucket name is not valid
     */
    public static Optional<UploadSettings> from(ConfigLookup config, boolean includeCache) {
        Optional<String> bucket = config.get(Names.S3_BUCKET).map(String::strip);
        if (bucket.isEmpty()) {
            return Optional.empty();
        }
        S3Uri.checkBucket(bucket.get(), Names.S3_BUCKET + "=" + bucket.get());
        S3Uri target = new S3Uri(bucket.get(), config.get(Names.S3_PREFIX).orElse(""));
        return Optional.of(new UploadSettings(target, config.get(Names.KMS_KEY_ID).map(String::strip).orElse(null),
                includeCache));
    }
}
