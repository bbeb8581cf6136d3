package io.releasecopilot.upload;

import io.releasecopilot.report.AuditReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Puts an audit's files into an {@link UploadPlan}: the reports, the raw cache and the run's log. */
public final class AuditUploads {

    /** The file name of the run's log in S3. */
    public static final String LOG_NAME = "rc-audit.log";

    private AuditUploads() {
    }

    /**
     * Returns the planner with every file of the run laid out; the caller adds the metadata.
     *
     * @param outputs  the report files, complete on disk
     * @param cacheDir the cache the audit read, uploaded when {@link UploadSettings#includeCache()}
     * @param logFile  the run's log, or {@code null}
     */
    public static UploadPlanner planner(UploadSettings settings, String fixVersion, String runId, List<Path> outputs,
            Path cacheDir, Path logFile) {
        UploadPlanner planner = new UploadPlanner(settings.target(), fixVersion, runId).outputs(outputs);
        if (settings.includeCache()) {
            planner.cache(cacheDir);
        }
        if (logFile != null) {
            planner.log(logFile);
        }
        return planner;
    }

    /**
     * Returns the metadata of an audit's objects; the git sha comes from {@code --scope gitSha=}, else the CI.
     *
     * @param ciCommit the commit the CI names ({@link UploadRequest#ciCommit()}), or {@code null}
     */
    static Map<String, String> metadata(AuditReport report, String runId, String ciCommit) {
        return UploadMetadata.of(report.result().fixVersion(), report.generatedAt(), runId, report.toolVersion(),
                gitSha(report.scope(), ciCommit).orElse(null), report.scope());
    }

    /** Returns the commit released: scope {@code gitSha}, else the CI's commit. */
    static Optional<String> gitSha(Map<String, String> scope, String ciCommit) {
        String fromScope = scope.get("gitSha");
        if (fromScope != null && !fromScope.isBlank()) {
            return Optional.of(fromScope);
        }
        return Optional.ofNullable(ciCommit);
    }
}
