package io.releasecopilot.jenkins;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link BuildPort} that runs the audit in-process in a directory and records what the step asked for. */
class FakeBuild implements BuildPort {

    private final Path workspace;
    private final LogListener listener = new LogListener();
    /** The artifact paths archived, in order; {@link #archivedFrom} maps each to its workspace path. */
    final List<String> archived = new ArrayList<>();
    final Map<String, String> archivedFrom = new LinkedHashMap<>();
    /** The actions attached, in order. */
    final List<ReleaseAuditAction> actions = new ArrayList<>();
    final List<String> marks = new ArrayList<>();
    CredentialValues credentials = CredentialValues.none();
    StepEnvironment environment = StepEnvironment.of(Map.of(), true);
    ReleaseAuditAction attached;
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
    public List<String> auditIds() {
        return actions.stream().map(ReleaseAuditAction::getId).toList();
    }

    @Override
    public void archive(Map<String, String> files) {
        archived.addAll(files.keySet());
        archivedFrom.putAll(files);
    }

    @Override
    public void attach(ReleaseAuditAction action) {
        attached = action;
        actions.add(action);
    }

    @Override
    public void mark(boolean failure, String message) {
        marks.add((failure ? "FAILURE: " : "UNSTABLE: ") + message);
    }

    @Override
    public String reportUrl(String urlName) {
        return "https://ci.example.com/job/app/7/" + urlName + "/";
    }
}
