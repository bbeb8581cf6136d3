package io.releasecopilot.jenkins;

import hudson.AbortException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controller side of one {@code releaseAudit} call: resolve credentials, run the audit where the workspace
 * is, print its log and summary, archive the outputs under the call's id ({@link AuditIds}), attach the call's
 * action, apply the gate and return the map sandboxed scripts read. A stopped build archives and attaches
 * nothing. Secrets never reach the log: every line printed is masked.
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
        String id = AuditIds.choose(options.id, summary.getFixVersion(), build.auditIds());
        Map<String, String> files = new LinkedHashMap<>();
        summary.getArtifacts().forEach(path -> files.put(id + "/" + path, path));
        if (Thread.currentThread().isInterrupted()) {
            // the build was stopped while the audit ended: archive nothing, attach nothing
            throw new InterruptedException("releaseAudit was stopped");
        }
        build.archive(files);
        List<String> archived = List.copyOf(files.keySet());
        log.println(PREFIX + "archived " + String.join(", ", archived));
        ReleaseAuditAction action = new ReleaseAuditAction(id, summary, archived, inFolder(id, summary.getReportJson()),
                inFolder(id, summary.getHtmlIndex()));
        build.attach(action);

        String message = credentials.mask(GateDecision.message(summary));
        switch (GateDecision.of(summary.getStatus(), options.markOnlyOnFailure)) {
            case MARK_UNSTABLE -> build.mark(false, message);
            case MARK_FAILURE -> build.mark(true, message);
            case FAIL_STEP -> throw new AbortException(PREFIX + message);
            case NONE -> { }
        }
        log.println(PREFIX + message);
        return summary.toStepResult(build.reportUrl(action.getUrlName()), id, archived);
    }

    private static String inFolder(String id, String path) {
        return path == null ? null : id + "/" + path;
    }
}
