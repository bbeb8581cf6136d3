package io.releasecopilot.jenkins;

import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs {@code releaseAudit} on a thread of its own (the audit reads and writes files and may take minutes).
 * It holds only the serializable parameters; a restart of Jenkins while it runs fails the step, as for any
 * synchronous step.
 */
final class ReleaseAuditExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final StepOptions options;

    ReleaseAuditExecution(StepOptions options, StepContext context) {
        super(context);
        this.options = options;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepOptions resolved = SiteResolution.resolve(options, ReleaseCopilotConfiguration.get());
        return AuditStepRunner.run(resolved, JenkinsBuild.of(getContext()), PluginVersion.get());
    }
}
