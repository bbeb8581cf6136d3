package io.releasecopilot.jenkins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@link BuildPort} that runs the audit in-process in a directory and records what the step asked for. */
final class FakeBuild implements BuildPort {

    private final Path workspace;
    private final LogListener listener = new LogListener();
    final List<String> archived = new ArrayList<>();
    final List<String> marks = new ArrayList<>();
    CredentialValues credentials = CredentialValues.none();
    StepEnvironment environment = StepEnvironment.of(java.util.Map.of(), true);
    AuditSummary attached;
    IOException auditFailure;
    boolean credentialsAsked;

    FakeBuild(Path workspace) {
        this.workspace = workspace;
    }

    String logText() {
        return listener.text();
    }

    @Override
    public LogListener listener() {
        return listener;
    }

    @Override
    public StepEnvironment environment() {
        return environment;
    }

    @Override
    public CredentialValues credentials(StepOptions options) {
        credentialsAsked = true;
        return credentials;
    }

    @Override
    public AuditSummary audit(AuditCallable callable) throws IOException {
        if (auditFailure != null) {
            throw auditFailure;
        }
        return callable.invoke(workspace.toFile(), null);
    }

    @Override
    public void archive(List<String> paths) {
        archived.addAll(paths);
    }

    @Override
    public void attach(AuditSummary summary) {
        attached = summary;
    }

    @Override
    public void mark(boolean failure, String message) {
        marks.add((failure ? "FAILURE: " : "UNSTABLE: ") + message);
    }

    @Override
    public String reportUrl() {
        return "https://ci.example.com/job/app/7/releaseAudit/";
    }
}
