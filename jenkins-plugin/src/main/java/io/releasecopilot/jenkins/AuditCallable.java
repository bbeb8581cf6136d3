package io.releasecopilot.jenkins;

import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import jenkins.MasterToSlaveFileCallable;

/**
 * Carries one audit to the node that holds the workspace and runs it there ({@link WorkspaceAudit}). Everything
 * it carries and returns is a plugin class or a JDK type, plus the build's listener (which remoting sends as a
 * stream back to the build log): the parameters, the resolved credential values, the build's environment, the
 * {@link AuditSummary} and, on error, an {@link AuditFailure}.
 */
final class AuditCallable extends MasterToSlaveFileCallable<AuditSummary> {

    private static final long serialVersionUID = 1L;

    private final StepOptions options;
    private final CredentialValues credentials;
    private final String toolVersion;
    private final StepEnvironment env;
    private final TaskListener listener;

    /**
     * Prepares the audit.
     *
     * @param env      the build's environment, from the step's context
     * @param listener the build log, which receives the core's log and the fetch progress as they happen
     */
    AuditCallable(StepOptions options, CredentialValues credentials, String toolVersion, StepEnvironment env,
            TaskListener listener) {
        this.options = options;
        this.credentials = credentials;
        this.toolVersion = toolVersion;
        this.env = env;
        this.listener = listener;
    }

    @Override
    public AuditSummary invoke(File workspace, VirtualChannel channel) throws IOException {
        Consumer<String> log = line -> listener.getLogger().println(AuditStepRunner.PREFIX + line);
        return new WorkspaceAudit(options, credentials, Clock.systemUTC(), toolVersion, env, log)
                .run(workspace.toPath());
    }
}
