package io.releasecopilot.audit;

import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CommitOverride;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Correlator;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.Exemptions;
import io.releasecopilot.correlate.OverridesFile;
import io.releasecopilot.gate.Gate;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.gate.PolicyFile;
import io.releasecopilot.gate.PolicyOverrides;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.source.JiraMirror;
import io.releasecopilot.source.live.CacheReader;
import io.releasecopilot.upload.UploadResult;
import io.releasecopilot.upload.UploadStage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs one audit: reads the sources, correlates, applies the gate, writes the outputs and, when the options ask
 * for it, uploads them. This is the one entry point every front end (CLI, Jenkins step, pipe, Lambda) calls.
 */
public final class AuditRunner {

    private static final Logger LOG = System.getLogger(AuditRunner.class.getName());

    private final Clock clock;
    private final String toolVersion;

    /** Creates a runner that stamps reports with the clock's time and the given tool version. */
    public AuditRunner(Clock clock, String toolVersion) {
        this.clock = clock;
        this.toolVersion = toolVersion;
    }

    /**
     * Returns what {@link #run} would do, after every check {@code run} makes before it writes: the paths, the
     * policy, overrides and exemptions, the HTML folder and, unless the run fetches, the whole cache (or clone) and
     * its fix version. Makes no request and writes nothing.
     *
     * @throws UsageException  when {@code run} would stop with one
     * @throws AuditException  when the cache or clone cannot be read
     */
    public AuditPlan plan(AuditOptions options) {
        AuditPaths.of(options).check();
        Policy policy = policy(options);
        settings(options, policy);
        new ReportFiles(options.outputs()); // checks the HTML folder and the report to compare with, as run does
        boolean cacheExists = Files.isDirectory(options.cacheDir());
        // A live run may start with no cache at all: then there is nothing to describe yet.
        CachePlan cache = options.fetchesLive() && !cacheExists ? null : CacheReader.plan(options.cacheDir(), options.fixVersion());
        if (!options.fetchesLive()) {
            checkFixVersion(options, new AuditSources().read(options, SourceAccess.none()));
        }
        return new AuditPlan(options, cache, policy, options.outputs().all());
    }

    /**
     * Runs the audit and writes its outputs atomically: either every output is replaced or none is.
     *
     * @throws UsageException when the options are wrong (bad policy, overrides or exemption)
     * @throws AuditException when a source cannot be read or an output cannot be written
     */
    public AuditOutcome run(AuditOptions options) {
        return run(options, SourceAccess.none());
    }

    /**
     * Runs the audit, fetching from Jira and Bitbucket first when the options name live sources. With
     * {@link AuditOptions#upload()} (and not a dry run), the run's log is recorded from the start and, once every
     * output is written, the outputs, the cache and the log are uploaded; the outcome says what was uploaded. A
     * run that fails before its outputs are written uploads nothing.
     *
     * @param access the credentials and progress listener for the live sources
     */
    public AuditOutcome run(AuditOptions options, SourceAccess access) {
        if (options.upload() == null || options.dryRun()) {
            return audit(options, access, null);
        }
        try (UploadStage upload = UploadStage.start(options.upload(), clock)) {
            return audit(options, access, upload);
        }
    }

    private AuditOutcome audit(AuditOptions options, SourceAccess access, UploadStage upload) {
        AuditPaths.of(options).check();
        Policy policy = policy(options);
        CorrelationSettings settings = settings(options, policy);
        ReportFiles files = new ReportFiles(options.outputs());

        long start = System.nanoTime();
        AuditSources sources = new AuditSources();
        AuditInput input = sources.read(options, access);
        checkFixVersion(options, input);
        LOG.log(Level.INFO, "read {0} issues and {1} commits in {2} ms ({3} HTTP requests, {4} retries)",
                input.stories().size(), input.commits().size(), millisSince(start),
                sources.stats().total().requests(), sources.stats().total().retries());

        start = System.nanoTime();
        AuditResult result = Correlator.correlate(input, settings);
        GateResult gate = staleMirror(Gate.evaluate(policy, result, options.allowIncomplete()), sources.mirrorRead(),
                options);
        LOG.log(Level.INFO, "correlated {0} commits with {1} stories in {2} ms: gate {3}",
                result.counts().commitsTotal(), result.counts().storiesTotal(), millisSince(start), gate.status());
        for (String warning : input.warnings()) {
            LOG.log(Level.WARNING, warning);
        }
        for (String warning : result.warnings()) {
            LOG.log(Level.WARNING, warning);
        }

        AuditReport report = new AuditReport(result, policy, gate, clock.instant(), options.scope(), toolVersion);
        start = System.nanoTime();
        List<Path> written = files.write(report);
        LOG.log(Level.INFO, "wrote {0} in {1} ms", written, millisSince(start));
        UploadResult uploaded = upload == null ? null : upload.send(report, written, options.cacheDir());
        return new AuditOutcome(report, written, uploaded);
    }

    /**
     * Fails the gate when the Jira issues came from a stale mirror: the audit may miss changes the mirror has
     * not seen. {@code --accept-stale-mirror} keeps the verdict (the staleness stays a warning).
     */
    private static GateResult staleMirror(GateResult gate, JiraMirror.MirrorRead read, AuditOptions options) {
        if (read == null || read.staleReason() == null || options.acceptStaleMirror()) {
            return gate;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(read.staleReason() + " (FAIL: accept it with --accept-stale-mirror)");
        reasons.addAll(gate.reasons());
        return new GateResult(GateStatus.FAIL, reasons, gate.incompleteData());
    }

    private static Policy policy(AuditOptions options) {
        Policy base = options.policyFile() == null ? Policy.defaults() : PolicyFile.load(options.policyFile());
        if (options.gateLimits().isEmpty() && options.ignoredIssueTypes().isEmpty()) {
            return base;
        }
        String source = options.policyFile() == null ? "defaults + flags" : options.policyFile() + " + flags";
        return PolicyOverrides.apply(base, options.gateLimits(), options.ignoredIssueTypes(), source);
    }

    private static CorrelationSettings settings(AuditOptions options, Policy policy) {
        List<Exemption> exemptions = Exemptions.parseAll(options.exemptions());
        List<CommitOverride> overrides = options.overridesFile() == null
                ? List.of()
                : OverridesFile.load(options.overridesFile());
        Set<String> projects = new LinkedHashSet<>();
        for (String project : options.extraProjects()) {
            projects.add(project.strip().toUpperCase(Locale.ROOT));
        }
        return new CorrelationSettings(projects, exemptions, overrides,
                options.overridesFile() == null ? null : options.overridesFile().toString(),
                policy.ignoredIssueTypes());
    }

    private static void checkFixVersion(AuditOptions options, AuditInput input) {
        if (options.fixVersion() != null && !options.fixVersion().equals(input.fixVersion())) {
            throw new UsageException("%s holds fix version '%s', not '%s'".formatted(
                    options.cacheDir(), input.fixVersion(), options.fixVersion()));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
