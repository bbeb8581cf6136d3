package io.releasecopilot.jenkins;

import java.io.IOException;

/**
 * One audit with AWS parameters, on the agent: the {@code secretId} secret read first (so a missing or denied
 * secret fails before anything is fetched), the upload checked before the audit (so a missing region fails before
 * it) and made by the core once the files are written. The only class of {@link WorkspaceAudit} that touches the AWS module.
 */
final class AwsRun {

    private AwsRun() {
    }

    /**
     * Runs the audit with the plugin's class loader as the thread's context class loader, which the AWS SDK
     * consults for some of its classes and resources (a remoting or executor thread may have another one).
     */
    static AuditSummary run(WorkspaceAudit audit, AwsAccess aws, WorkspacePaths paths) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(AwsRun.class.getClassLoader());
        try {
            return runWithSdkLoader(audit, aws, paths);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static AuditSummary runWithSdkLoader(WorkspaceAudit audit, AwsAccess aws, WorkspacePaths paths)
            throws IOException {
        if (aws.needsCredentials()) {
            audit.log().accept("AWS credentials: " + aws.credentialsSource());
        }
        audit.useCredentials(aws.credentials(audit.credentials()));
        audit.useMirror(aws.mirror(audit.clock()));
        return audit.audit(paths, aws.uploadRequest());
    }
}
