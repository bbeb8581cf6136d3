package io.releasecopilot.pipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.report.AuditReport;
import io.releasecopilot.report.TextSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rc pipe}: the Bitbucket Pipelines pipe's entrypoint, the {@code main} of the pipe's jar (the image's
 * {@code ENTRYPOINT}). It takes no options; every setting comes from
 * an environment variable (bitbucket-pipe/README.md). It audits, writes the artifacts to
 * {@code release-audit/}, posts a Code Insights report on {@code BITBUCKET_COMMIT}, and exits 0 on gate PASS or
 * WARN, 3 on gate FAIL, 2 on bad variables and 1 on any other error. A report that cannot be posted is a warning.
 */
@Command(name = "rc pipe",
        description = {
            "Bitbucket Pipelines pipe: audits the fix version in FIX_VERSION and posts a Code Insights report.",
            "Configured only by environment variables; see bitbucket-pipe/README.md.",
            "Exit codes: 0 gate PASS or WARN, 3 gate FAIL, 2 bad variables, 1 any other error."})
public final class PipeCommand implements Callable<Integer> {

    private static final String PREFIX = "rc pipe: ";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** The image's entrypoint: runs the pipe with the process environment and exits with its code. */
    public static void main(String[] args) {
        int code;
        try {
            code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        } catch (OutOfMemoryError e) {
            System.err.println(PREFIX + "out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give the step more memory (size: 2x) or Java a larger heap (JAVA_TOOL_OPTIONS: -Xmx3g)");
            code = ExitCode.ERROR.code();
        }
        System.exit(code);
    }

    /** Runs the pipe's command line: {@code --help}, or the pipe itself; anything else is exit 2. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PipeCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, ignored) -> {
            err.println(PREFIX + UntrustedText.oneLine(ex.getMessage())
                    + " (the pipe takes no arguments; it is configured by variables, see bitbucket-pipe/README.md)");
            return ExitCode.USAGE.code();
        });
        commandLine.setExecutionExceptionHandler((ex, ignored, parsed) -> {
            err.println(PREFIX + "internal error: " + masked(String.valueOf(ex)) + " (set DEBUG: 'true' for details)");
            return ExitCode.ERROR.code();
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        return run(System.getenv(), spec.commandLine().getOut(), spec.commandLine().getErr(), Clock.systemUTC());
    }

    /** Runs the pipe with the given environment and streams; returns the exit code. */
    static int run(Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock) {
        String debugValue = env.get(PipeVariables.DEBUG);
        boolean debug = debugValue != null && debugValue.strip().equalsIgnoreCase("true");
        PipeLogging.configure(debug, err);
        try {
            return audit(PipeConfig.fromEnvironment(env), env, out, err, clock);
        } catch (PipeVariablesException e) {
            for (String line : e.problems()) {
                err.println(PREFIX + line);
            }
            err.println(PREFIX + e.problems().size() + (e.problems().size() == 1 ? " variable is" : " variables are")
                    + " wrong; the variables table is in the pipe's README");
            return ExitCode.USAGE.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int audit(PipeConfig config, Map<String, String> env, PrintWriter out, PrintWriter err,
            Clock clock) {
        addSecrets(config);
        header(config, out);
        ArtifactUpload upload = ArtifactUpload.of(config, env);
        AuditOutcome outcome;
        try {
            outcome = PipeAudit.run(config, env, clock, version(), upload.request());
        } catch (AuditException e) {
            err.println(PREFIX + "error: " + masked(e.getMessage()));
            return ExitCode.of(e).code();
        } catch (RuntimeException e) {
            err.println(PREFIX + "internal error: " + masked(String.valueOf(e)) + " (set DEBUG: 'true' for details)");
            if (config.debug()) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(PipeLogging.secrets().apply(trace.toString()));
            }
            return ExitCode.ERROR.code();
        }
        AuditReport report = outcome.report();
        out.print(TextSummary.render(report));
        out.println();
        for (Path path : outcome.written()) {
            out.println("wrote " + path);
        }
        Optional<String> s3 = upload.link(outcome, line -> err.println(PREFIX + "warning: " + line));
        InsightsReport.ArtifactsLink link = s3.map(href -> new InsightsReport.ArtifactsLink("Artifacts in S3", href))
                .orElse(InsightsReport.ArtifactsLink.pipeline(config.build()));
        postInsights(config, report, link, out, err);
        GateStatus status = report.gate().status();
        out.println(status == GateStatus.FAIL
                ? "Gate FAIL: exit " + ExitCode.GATE_FAILED.code() + " stops the pipeline before the next step"
                : "Gate " + status + ": the pipeline continues");
        return ExitCode.of(status).code();
    }

    /** Adds the pipe's credentials to the run's secrets, for an offline run and Code Insights too. */
    private static void addSecrets(PipeConfig config) {
        PipeLogging.secrets()
                .add(config.jira().apiToken()).add(config.jira().token()).addLogin(config.jira().email())
                .add(config.bitbucket().apiToken()).add(config.bitbucket().accessToken())
                .addLogin(config.bitbucket().email());
    }

    /** One line of text from an exception, with every secret of the run masked before it is cleaned. */
    private static String masked(String text) {
        return UntrustedText.oneLine(PipeLogging.secrets().apply(text));
    }

    private static void header(PipeConfig config, PrintWriter out) {
        out.println("Release Copilot pipe " + version());
        String version = config.fixVersion() == null ? "(the cache's)" : UntrustedText.oneLine(config.fixVersion());
        if (config.offline()) {
            out.println("Auditing fix version " + version + " from the cache " + config.cacheDir()
                    + " (RC_CACHE_DIR: offline, no fetch; REPOS, BRANCH and SINCE_REF apply only to a live fetch)");
        } else {
            out.println("Auditing fix version " + version + " in " + config.repos() + " at " + config.branch()
                    + (config.sinceRef() == null ? "" : " since " + config.sinceRef()));
        }
        out.println("Artifacts go to " + config.outputDir());
        out.println();
        out.flush();
    }

    private static void postInsights(PipeConfig config, AuditReport report, InsightsReport.ArtifactsLink link,
            PrintWriter out, PrintWriter err) {
        PipeConfig.Build build = config.build();
        if (build.commit() == null || build.workspace() == null || build.repoSlug() == null) {
            out.println("Code Insights: not posted (BITBUCKET_WORKSPACE, BITBUCKET_REPO_SLUG and BITBUCKET_COMMIT"
                    + " are needed; Pipelines sets them)");
            return;
        }
        Optional<InsightsRoute> route = InsightsRoute.of(config);
        if (route.isEmpty()) {
            out.println("Code Insights: not posted (outside Bitbucket Pipelines, and no Bitbucket credentials or"
                    + " BITBUCKET_BASE_URL)");
            return;
        }
        String reportId = InsightsReport.id(report.result().fixVersion());
        ObjectNode body = InsightsReport.body(report, link);
        List<ObjectNode> annotations = InsightsAnnotations.worst(report, InsightsAnnotations.MAX_PER_REPORT);
        try {
            int requests = new CodeInsightsClient(route.get())
                    .publish(build.workspace(), build.repoSlug(), build.commit(), reportId, body, annotations);
            out.println("Code Insights: report " + reportId + " (" + body.path("result").asText() + ") with "
                    + annotations.size() + " annotations in " + requests + " requests posted on " + build.commit()
                    + " " + route.get().description());
        } catch (CodeInsightsClient.InsightsException | RuntimeException e) {
            err.println(PREFIX + "warning: Code Insights report " + reportId + " not posted ("
                    + route.get().description() + "): " + masked(e.getMessage())
                    + "; the audit result stands");
        }
    }

    private static String version() {
        String version = PipeCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
