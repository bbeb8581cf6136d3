package io.releasecopilot.upload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an upload writes: every object under one run id, with the same user metadata.
 *
 * @param target   the bucket and prefix
 * @param runId    the run id in every key
 * @param items    the files and their keys
 * @param metadata the user metadata of every object (names without {@code x-amz-meta-})
 */
public record UploadPlan(S3Uri target, String runId, List<UploadItem> items, Map<String, String> metadata) {

    public UploadPlan {
        items = List.copyOf(items);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Returns the {@code s3://} URI of an item. */
    public String uri(UploadItem item) {
        return "s3://" + target.bucket() + "/" + item.key();
    }
}
