package io.releasecopilot.report.store;

import io.releasecopilot.common.AuditException;
import java.io.InputStream;
import java.util.List;

/** A place that holds report JSON files: a local folder or an S3 prefix. */
public interface ReportStore {

    /** Returns where the store reads from, for messages: a folder or an {@code s3://} URL. */
    String location();

    /**
     * Lists the JSON files in the store (any depth); which of them are reports is for the caller to find out.
     *
     * @throws AuditException naming the location when it cannot be listed
     */
    List<StoredReport> list();

    /**
     * Opens a file the last {@link #list} returned; the caller closes the stream.
     *
     * @throws AuditException naming the file when it cannot be read or is not in the store
     */
    InputStream open(String key);
}
