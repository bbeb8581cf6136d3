package io.releasecopilot.aws;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.store.ReportStore;
import io.releasecopilot.report.store.StoredReport;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Report JSON files under an S3 prefix, for {@code rc serve --reports s3://bucket/prefix}: every object whose key
 * ends in {@code .json} below the prefix (the upload layout puts reports under
 * {@code <prefix>/artifacts/json/<fixVersion>/<runId>/}). Only read: list and get.
 */
public final class S3ReportStore implements ReportStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /**
     * Creates a store on a bucket and key prefix with a client the caller configured (region, endpoint, credentials).
     *
     * @param prefix the key prefix; a missing trailing slash is added, so {@code reports} does not take in
     *               {@code reports-old/}
     */
    public S3ReportStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /**
     * Opens {@code s3://bucket/prefix} with the default credentials and region chain (AWS_REGION, profiles, ...).
     *
     * @throws UsageException when the URL has no bucket
     * @throws AuditException when no client can be made (no region configured)
     */
    public static S3ReportStore forUrl(String url) {
        if (!url.startsWith("s3://") || url.length() == "s3://".length() || url.charAt("s3://".length()) == '/') {
            throw new UsageException(url + ": expected s3://bucket/prefix");
        }
        String path = url.substring("s3://".length());
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : path.substring(slash + 1);
        try {
            S3Client client = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
            return new S3ReportStore(client, bucket, prefix);
        } catch (SdkException e) {
            throw new AuditException("cannot open " + url + ": " + e.getMessage() + " (set AWS_REGION)", e);
        }
    }

    @Override
    public String location() {
        return "s3://" + bucket + "/" + prefix;
    }

    @Override
    public List<StoredReport> list() {
        List<StoredReport> reports = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents()) {
                if (object.key().endsWith(".json")) {
                    reports.add(new StoredReport(object.key(), object.size() == null ? 0 : object.size(),
                            object.lastModified() == null ? Instant.EPOCH : object.lastModified()));
                }
            }
        } catch (SdkException e) {
            throw new AuditException("cannot list " + location() + ": " + e.getMessage(), e);
        }
        return reports;
    }

    @Override
    public InputStream open(String key) {
        if (!key.startsWith(prefix)) {
            throw new AuditException("no report " + key + " in " + location());
        }
        try {
            return s3.getObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new AuditException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }
}
