package io.releasecopilot.jenkins;

import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * What the step needs from the running build, on the controller. {@link JenkinsBuild} implements it with the
 * Pipeline context; tests implement it with plain objects, so {@link AuditStepRunner} runs without Jenkins.
 */
interface BuildPort {

    /** Returns the build's listener: its log, which the audit also writes to from the agent. */
    TaskListener listener();

    /** Returns the build's environment from the step's context, and whether the workspace is on an agent. */
    StepEnvironment environment() throws IOException, InterruptedException;

    /** Resolves and tracks the credentials the parameters name, by environment-variable name. */
    CredentialValues credentials(StepOptions options) throws IOException, InterruptedException;

    /** Runs the audit where the workspace is. */
    AuditSummary audit(AuditCallable callable) throws IOException, InterruptedException;

    /** Returns the ids of the audits the build holds so far ({@link ReleaseAuditAction#getId}). */
    List<String> auditIds();

    /** Archives workspace files; the map goes from artifact path to workspace-relative path. */
    void archive(Map<String, String> files) throws IOException, InterruptedException;

    /** Adds the call's action to the build (beside those of earlier calls) and the build to the job's index. */
    void attach(ReleaseAuditAction action) throws IOException;

    /** Makes the build and the step's stage UNSTABLE ({@code failure == false}) or FAILURE. */
    void mark(boolean failure, String message) throws IOException, InterruptedException;

    /** Returns the URL of the call's page on the build: absolute when Jenkins knows its root URL. */
    String reportUrl(String urlName);
}
