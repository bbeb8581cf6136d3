package io.releasecopilot.audit;

import io.releasecopilot.report.AuditReport;
import java.nio.file.Path;
import java.util.List;

/**
 * What an audit produced.
 *
 * @param report  the report: correlation, gate verdict, metadata
 * @param written the files written, in the order of {@link OutputTargets#all()}
 */
public record AuditOutcome(AuditReport report, List<Path> written) {

    public AuditOutcome {
        written = List.copyOf(written);
    }
}
