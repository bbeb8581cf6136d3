package io.releasecopilot.jenkins;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import jenkins.MasterToSlaveFileCallable;

/**
 * Carries one audit to the node that holds the workspace and runs it there ({@link WorkspaceAudit}). Everything
 * it carries and returns is a plugin class or a JDK type: the parameters, the resolved credential values, the
 * {@link AuditSummary} and, on error, an {@link AuditFailure}.
 */
final class AuditCallable extends MasterToSlaveFileCallable<AuditSummary> {

    private static final long serialVersionUID = 1L;

    private final StepOptions options;
    private final CredentialValues credentials;
    private final String toolVersion;

    AuditCallable(StepOptions options, CredentialValues credentials, String toolVersion) {
        this.options = options;
        this.credentials = credentials;
        this.toolVersion = toolVersion;
    }

    @Override
    public AuditSummary invoke(File workspace, VirtualChannel channel) throws IOException {
        return new WorkspaceAudit(options, credentials, Clock.systemUTC(), toolVersion).run(workspace.toPath());
    }
}
