package io.releasecopilot.report.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A JSON file in a {@link ReportStore}; whether it is a report is known only once its head has been read.
 *
 * @param key          the name the store knows it by: a path relative to the folder, or an S3 object key
 * @param size         its size in bytes
 * @param lastModified when it was last written
 * @param problem      why the store will not open it (such as a symbolic link), or {@code null}
 */
public record StoredReport(String key, long size, Instant lastModified, String problem) {

    public StoredReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** A file the store can open. */
    public StoredReport(String key, long size, Instant lastModified) {
        this(key, size, lastModified, null);
    }
}
