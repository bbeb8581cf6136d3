package io.releasecopilot.jenkins;

import hudson.AbortException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/**
 * The controller side of one {@code releaseAudit} call: resolve credentials, run the audit where the workspace
 * is, print its log and summary, archive the outputs, attach the report action, apply the gate and return the
 * map sandboxed scripts read. Secrets never reach the log: every line printed is masked.
 */
final class AuditStepRunner {

    static final String PREFIX = "[releaseAudit] ";

    private AuditStepRunner() {
    }

    static Map<String, Object> run(StepOptions options, BuildPort build, String toolVersion)
            throws IOException, InterruptedException {
        PrintStream log = build.listener().getLogger();
        CredentialValues credentials = options.offline ? CredentialValues.none() : build.credentials(options);
        AuditSummary summary;
        try {
            summary = build.audit(new AuditCallable(options, credentials, toolVersion, build.environment(),
                    build.listener()));
        } catch (AuditFailure e) {
            throw new AbortException(PREFIX + credentials.mask(e.getMessage()));
        }
        log.print(credentials.mask(summary.getText()));
        build.archive(summary.getArtifacts());
        log.println(PREFIX + "archived " + String.join(", ", summary.getArtifacts()));
        build.attach(summary);

        String message = credentials.mask(GateDecision.message(summary));
        switch (GateDecision.of(summary.getStatus(), options.markOnlyOnFailure)) {
            case MARK_UNSTABLE -> build.mark(false, message);
            case MARK_FAILURE -> build.mark(true, message);
            case FAIL_STEP -> throw new AbortException(PREFIX + message);
            case NONE -> { }
        }
        log.println(PREFIX + message);
        return summary.toStepResult(build.reportUrl());
    }
}
