package io.releasecopilot.upload;

import io.releasecopilot.common.UsageException;
import java.util.regex.Pattern;

/**
 * An S3 location {@code s3://bucket/prefix}.
 *
 * @param bucket the bucket name
 * @param prefix the key prefix without leading or trailing {@code /}; empty for the bucket's root
 */
public record S3Uri(String bucket, String prefix) {

    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3Uri {
        prefix = trimSlashes(prefix == null ? "" : prefix);
    }

    /**
     * Parses {@code s3://bucket} or {@code s3://bucket/prefix}.
     *
     * @throws UsageException naming the value when it is not such a URI or the bucket name is not valid
     */
    public static S3Uri parse(String uri) {
        String value = uri == null ? "" : uri.strip();
        if (!value.startsWith("s3://")) {
            throw new UsageException("'" + value + "' is not an S3 URI: expected s3://bucket/prefix");
        }
        String rest = value.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        checkBucket(bucket, value);
        return new S3Uri(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    /** Throws a {@link UsageException} unless {@code bucket} is a valid S3 bucket name. */
    public static void checkBucket(String bucket, String where) {
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new UsageException("'" + where + "': '" + bucket + "' is not a valid S3 bucket name "
                    + "(3 to 63 lower-case letters, digits, '.' and '-')");
        }
    }

    /** Returns the key of {@code relative} under the prefix. */
    public String key(String relative) {
        return prefix.isEmpty() ? relative : prefix + "/" + relative;
    }

    /** Returns the {@code s3://} address of {@code relative} under the prefix. */
    public String uri(String relative) {
        return "s3://" + bucket + "/" + key(relative);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }

    private static String trimSlashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '/') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(start, end);
    }
}
