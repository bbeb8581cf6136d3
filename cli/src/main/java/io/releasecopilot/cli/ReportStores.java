package io.releasecopilot.cli;

import io.releasecopilot.aws.S3ReportStore;
import io.releasecopilot.report.store.DirectoryReportStore;
import io.releasecopilot.report.store.ReportStore;
import java.nio.file.Path;

/** Opens the store {@code rc serve --reports} names: a folder, or an S3 prefix (the AWS SDK loads only then). */
final class ReportStores {

    private ReportStores() {
    }

    static ReportStore open(String location) {
        return location.startsWith("s3://") ? s3(location) : new DirectoryReportStore(Path.of(location));
    }

    private static ReportStore s3(String location) {
        return S3ReportStore.forUrl(location);
    }
}
