package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one audit in a workspace with the core, where the workspace is: on the agent that holds it (or the
 * controller, for a workspace on the built-in node). No Jenkins type is used here, so this is tested with plain
 * JUnit; {@link AuditCallable} only carries it across the channel.
 */
final class WorkspaceAudit {

    private final StepOptions options;
    private final CredentialValues credentials;
    private final Clock clock;
    private final String toolVersion;

    WorkspaceAudit(StepOptions options, CredentialValues credentials, Clock clock, String toolVersion) {
        this.options = options;
        this.credentials = credentials;
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    /**
     * Audits and writes the outputs into the workspace.
     *
     * @throws AuditFailure when the parameters, the cache or the outputs are wrong; its message is masked
     */
    AuditSummary run(Path workspace) throws AuditFailure {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        try (LogCapture log = new LogCapture()) {
            AuditOptions auditOptions = AuditOptionsMapper.map(options, credentials, paths);
            AuditOutcome outcome = new AuditRunner(clock, toolVersion).run(auditOptions);
            List<String> artifacts = new ArrayList<>();
            outcome.written().forEach(file -> artifacts.add(paths.relative(file)));
            List<String> lines = new ArrayList<>();
            log.lines().forEach(line -> lines.add(credentials.mask(line)));
            return AuditDigest.summarize(outcome.report(), artifacts, lines);
        } catch (UsageException e) {
            throw failure(e, true);
        } catch (AuditException e) {
            throw failure(e, false);
        } catch (IOException | RuntimeException e) {
            throw failure(e, false);
        }
    }

    private AuditFailure failure(Exception e, boolean usage) {
        String message = e instanceof AuditException ? e.getMessage() : e.toString();
        AuditFailure failure = new AuditFailure(credentials.mask(message), usage);
        failure.setStackTrace(e.getStackTrace());
        return failure;
    }
}
