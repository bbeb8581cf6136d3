package io.releasecopilot.jenkins;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.report.html.HtmlReportWriter;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs one audit in a workspace with the core, where the workspace is: on the agent that holds it (or the
 * controller, for a workspace on the built-in node). No Jenkins type is used here, so this is tested with plain
 * JUnit; {@link AuditCallable} only carries it across the channel and gives it the build log.
 */
final class WorkspaceAudit {

    private final StepOptions options;
    private final Clock clock;
    private final String toolVersion;
    private final StepEnvironment env;
    private final Consumer<String> log;
    /** The Jenkins credentials, then with the {@code secretId} secret's names too: what the log is masked with. */
    private CredentialValues credentials;
    private JiraMirror mirror;

    /**
     * Prepares the audit.
     *
     * @param env the build's environment: the AWS region, endpoints and credentials when {@code secretId} or
     *            {@code upload} is set
     * @param log takes each line the core logs (and the fetch progress) while the audit runs, masked
     */
    WorkspaceAudit(StepOptions options, CredentialValues credentials, Clock clock, String toolVersion,
            StepEnvironment env, Consumer<String> log) {
        this.options = options;
        this.credentials = credentials;
        this.clock = clock;
        this.toolVersion = toolVersion;
        this.env = env;
        this.log = line -> log.accept(this.credentials.mask(line));
    }

    /**
     * Fetches what the parameters name, audits, writes the outputs into the workspace and, with {@code upload},
     * uploads them and the cache to S3.
     *
     * @throws AuditFailure when the parameters, a source, the cache or the outputs are wrong; its message is
     *                      masked and names step parameters, not CLI flags
     */
    AuditSummary run(Path workspace) throws AuditFailure {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        try (LogCapture capture = new LogCapture(log)) {
            if (usesAws(options)) {
                // a separate class, so that a run without AWS parameters never loads the AWS SDK
                return AwsRun.run(this, new AwsAccess(options, env), paths);
            }
            return audit(paths, null);
        } catch (UsageException e) {
            throw failure(e, true);
        } catch (AuditException e) {
            throw failure(e, false);
        } catch (IOException | RuntimeException e) {
            throw failure(e, false);
        }
    }

    /**
     * Audits and writes the outputs.
     *
     * @param upload what the core uploads once the files are on disk, or {@code null} for nothing
     * @throws AuditException with one line naming the target when the upload failed
     */
    AuditSummary audit(WorkspacePaths paths, UploadRequest upload) throws IOException {
        AuditOptions auditOptions = AuditOptionsMapper.map(options, credentials, paths, mirror).withUpload(upload);
        AuditOutcome outcome = new AuditRunner(clock, toolVersion)
                .run(auditOptions, SourceAccessFactory.of(options, credentials, log));
        AuditSummary summary = AuditDigest.summarize(outcome.report(), artifacts(outcome.written(), paths));
        OutputTargets outputs = auditOptions.outputs();
        summary.reportJson = outputs.json() == null ? null : paths.relative(outputs.json());
        summary.htmlIndex = outputs.html() == null ? null
                : paths.relative(outputs.html().resolve(HtmlReportWriter.INDEX));
        if (outcome.upload() != null) {
            summary.uploads.addAll(uploaded(outcome.upload()));
        }
        return summary;
    }

    /**
     * Logs the objects uploaded and returns their {@code s3://} URIs. A failed upload fails the step with one
     * line; the reports stay in the workspace.
     */
    private List<String> uploaded(UploadResult result) {
        String target = StepOptions.clean(options.upload);
        if (result.failed()) {
            String message = result.failure().getMessage();
            throw new AuditException("upload to " + target + " failed: "
                    + (message == null ? "unknown error" : message.lines().findFirst().orElse("")));
        }
        log.accept("uploaded " + result.uris().size() + " files to " + target);
        result.uris().forEach(uri -> log.accept("  " + uri));
        return result.uris();
    }

    /**
     * Whether the step sets a parameter that reaches AWS: {@code secretId}, {@code upload}, {@code kmsKeyId} or
     * {@code jiraSource: 'MIRROR'}.
     */
    static boolean usesAws(StepOptions o) {
        return StepOptions.clean(o.secretId) != null || StepOptions.clean(o.upload) != null
                || StepOptions.clean(o.kmsKeyId) != null || o.jiraSource == IssueSource.MIRROR;
    }

    /** Reads Jira's issues from the mirror ({@code jiraSource: 'MIRROR'}); {@code null} keeps the search API. */
    void useMirror(JiraMirror value) {
        this.mirror = value;
    }

    /** Adds the {@code secretId} secret's names to the credentials the sources and the log masking use. */
    void useCredentials(CredentialValues merged) {
        this.credentials = merged;
    }

    CredentialValues credentials() {
        return credentials;
    }

    Consumer<String> log() {
        return log;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Returns the workspace-relative paths of the files written, in the core's order; a folder (the HTML report)
     * stands for its files, sorted, because Jenkins archives files.
     */
    static List<String> artifacts(List<Path> written, WorkspacePaths paths) throws IOException {
        List<String> artifacts = new ArrayList<>();
        for (Path path : written) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).map(paths::relative).sorted().forEach(artifacts::add);
                }
            } else {
                artifacts.add(paths.relative(path));
            }
        }
        return artifacts;
    }

    private AuditFailure failure(Exception e, boolean usage) {
        String message = e instanceof AuditException ? e.getMessage() : e.toString();
        AuditFailure failure = new AuditFailure(credentials.mask(ParameterNames.translate(message)), usage);
        failure.setStackTrace(e.getStackTrace());
        return failure;
    }
}
