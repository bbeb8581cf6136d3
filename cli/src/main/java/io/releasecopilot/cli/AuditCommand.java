package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditOutcome;
import io.releasecopilot.audit.AuditPaths;
import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.Names;
import io.releasecopilot.source.FetchProgress;
import io.releasecopilot.source.LoggingProgress;
import io.releasecopilot.report.TextSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rc audit}: correlates one fix version's stories and commits, writes the reports, applies the gate. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        sortOptions = false,
        description = {
            "Audits one Jira fix version against the commits that ship.",
            "Exit codes: 0 gate PASS or WARN, 3 gate FAIL, 2 usage error, 1 any other error."})
final class AuditCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The process environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Option(names = "--fix-version", paramLabel = "VERSION",
            description = "The fix version to audit; offline, it must match the cache's.")
    String fixVersion;

    @Option(names = "--cache-dir", paramLabel = "DIR", defaultValue = "temp_data",
            description = "Directory of cached API pages (default: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--offline", description = "Use only the cache; never touch the network.")
    boolean offline;

    @Option(names = "--json", paramLabel = "FILE", defaultValue = "dist/audit.json",
            description = "Report JSON, release-audit/v1 (default: ${DEFAULT-VALUE}).")
    Path json;

    @Option(names = "--xlsx", paramLabel = "FILE", defaultValue = "dist/audit.xlsx",
            description = "Excel workbook (default: ${DEFAULT-VALUE}).")
    Path xlsx;

    @Option(names = "--summary", paramLabel = "FILE", defaultValue = "dist/audit-summary.json",
            description = "Summary JSON, release-audit-summary/v1 (default: ${DEFAULT-VALUE}).")
    Path summary;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Markdown summary for PR comments (optional).")
    Path markdown;

    @Option(names = "--no-xlsx", description = "Do not write the Excel workbook.")
    boolean noXlsx;

    @Option(names = "--html", paramLabel = "DIR", description = "Interactive HTML report folder (optional).")
    Path html;

    @Option(names = "--compare", paramLabel = "FILE",
            description = "A previous report JSON for the HTML report to compare with (needs --html).")
    Path compare;

    @Option(names = "--scope", paramLabel = "KEY=VALUE",
            description = "Metadata recorded in the reports (repeatable), e.g. --scope env=prod.")
    Map<String, String> scope = new LinkedHashMap<>();

    @Option(names = "--project", paramLabel = "KEY", split = ",",
            description = "Also audit keys of this Jira project (repeatable).")
    List<String> projects = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Gate policy YAML.")
    Path policy;

    @Mixin
    LiveOptions live = new LiveOptions();

    @Mixin
    GateOptions gate = new GateOptions();

    @Option(names = "--exempt", paramLabel = "RULE",
            description = "Exempt otherwise orphan commits (repeatable): message:<regex>, author:<name or e-mail>, merges.")
    List<String> exemptions = new ArrayList<>();

    @Option(names = "--overrides", paramLabel = "FILE", description = "Per-commit overrides, YAML or CSV.")
    Path overrides;

    @Option(names = "--allow-incomplete",
            description = "Let the gate pass on incomplete data (an interrupted fetch); the outputs still say so.")
    boolean allowIncomplete;

    @Option(names = "--dry-run",
            description = "Make the checks of a real run, print what would be read and written; write nothing.")
    boolean dryRun;

    @Option(names = "--quiet", description = "Print nothing on stdout, not even the --dry-run plan.")
    boolean quiet;

    @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
            description = "error, warn, info or debug (default: ${DEFAULT-VALUE}). Logs go to stderr.")
    Logging.LogLevel logLevel;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Logging.LogFormat logFormat;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Mixin
    AwsOptions aws = new AwsOptions();

    @Mixin
    MirrorOptions mirror = new MirrorOptions();

    @Override
    public Integer call() {
        Logging.configure(logLevel, logFormat, spec.commandLine().getErr());
        checkConflicts();
        // Before anything is read: no output may overwrite an input, the cache or another output.
        config.addInputsTo(AuditPaths.of(paths().build())).check();
        Configuration configuration = config.load(environment, loader -> {
            aws.addTo(loader);
            mirror.addTo(loader);
        }, offline);
        aws.checkUpload(configuration);
        AuditOptions options = options(configuration);
        AuditRunner runner = new AuditRunner(Clock.systemUTC(), Rc.Version.version());
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            AuditPlan plan = runner.plan(options);
            if (!quiet) {
                new PlanPrinter(out).print(plan);
                aws.printPlan(configuration, plan, out);
            }
            return ExitCode.OK.code();
        }
        AuditOutcome outcome = runner.run(aws.withUpload(options, configuration), access(configuration));
        if (!quiet) {
            out.print(TextSummary.render(outcome.report()));
            for (Path path : outcome.written()) {
                out.println("wrote " + path);
            }
            out.flush();
        }
        AwsOptions.report(outcome, quiet ? null : out);
        return ExitCode.of(outcome.report().gate().status()).code();
    }

    /** Refuses flags that contradict each other. */
    private void checkConflicts() {
        if (noXlsx && spec.commandLine().getParseResult().hasMatchedOption("--xlsx")) {
            throw new UsageException("--no-xlsx and --xlsx " + xlsx + " contradict each other: give one of them");
        }
    }

    private SourceAccess access(Configuration configuration) {
        PrintWriter err = spec.commandLine().getErr();
        FetchProgress progress = System.console() != null && !quiet ? new ProgressLine(err) : new LoggingProgress();
        return new SourceAccess(configuration::get, RefreshTokens::rotated, progress, Logging.secrets());
    }

    /** Returns a builder with the flags that name files and folders; the configuration is not needed for them. */
    private AuditOptions.Builder paths() {
        return AuditOptions.builder()
                .cacheDir(cacheDir)
                .offline(offline)
                .outputs(new OutputTargets(json, noXlsx ? null : xlsx, summary, markdown, html, compare))
                .policyFile(policy)
                .overridesFile(overrides)
                .dryRun(dryRun)
                .allowIncomplete(allowIncomplete);
    }

    /** Builds the audit's options; the fix version falls back to FIX_VERSION from the configuration. */
    AuditOptions options(Configuration configuration) {
        String version = fixVersion != null ? fixVersion : configuration.get(Names.FIX_VERSION).orElse(null);
        AuditOptions.Builder builder = paths().fixVersion(version);
        scope.forEach(builder::scope);
        projects.forEach(builder::project);
        live.applyTo(builder, version, projects, configuration::get, offline);
        mirror.applyTo(builder, configuration, builder.build().fetchesLive());
        exemptions.forEach(builder::exemption);
        gate.applyTo(builder);
        return builder.build();
    }
}
