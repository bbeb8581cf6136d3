package io.releasecopilot.jenkins;

import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;

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

    /** Archives workspace files (workspace-relative paths) as build artifacts under the same paths. */
    void archive(List<String> paths) throws IOException, InterruptedException;

    /** Attaches the report action to the build, replacing an earlier one. */
    void attach(AuditSummary summary) throws IOException;

    /** Makes the build and the step's stage UNSTABLE ({@code failure == false}) or FAILURE. */
    void mark(boolean failure, String message) throws IOException, InterruptedException;

    /** Returns the URL of the build's "Release audit" page: absolute when Jenkins knows its root URL. */
    String reportUrl();
}
