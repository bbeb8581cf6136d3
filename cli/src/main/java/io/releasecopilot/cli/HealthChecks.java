package io.releasecopilot.cli;

import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.CheckResult;
import io.releasecopilot.aws.CheckStatus;
import io.releasecopilot.aws.HealthJson;
import io.releasecopilot.aws.HealthReport;
import io.releasecopilot.aws.Readiness;
import io.releasecopilot.aws.SecretStatus;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.report.OutputTransaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/** What {@code rc health} does, kept out of the command class so that parsing a command line loads no AWS class. */
final class HealthChecks {

    private HealthChecks() {
    }

    /** Runs (or on a dry run lists) the readiness checks, prints them, writes the JSON; returns the exit code. */
    static int readiness(Configuration config, boolean dryRun, Path json, Set<String> skip, PrintWriter out) {
        if (!dryRun) {
            AwsSettings.from(config);
        }
        HealthReport report;
        try (Readiness checks = new Readiness(config,
                () -> new AwsClients(AwsSettings.from(config), new StandardHttpClients()),
                Clock.systemUTC())) {
            report = checks.run(dryRun, skip);
        }
        if (json != null) {
            try (OutputTransaction tx = new OutputTransaction()) {
                tx.write(json, stream -> HealthJson.write(report, stream));
                tx.commit();
            }
        }
        for (CheckResult check : report.checks()) {
            boolean ran = !report.dryRun() && check.status() != CheckStatus.SKIPPED;
            out.printf(Locale.ROOT, "%-7s %-14s %s: %s%s%n", check.status().name(), check.name(), check.resource(),
                    check.reason(), ran ? " (" + check.durationMs() + " ms)" : "");
        }
        out.println("overall " + report.overall().json() + (report.dryRun() ? " (dry run: nothing was called)" : "")
                + (json == null ? "" : "; wrote " + json));
        out.flush();
        return (report.overall() == CheckStatus.FAIL ? ExitCode.ERROR : ExitCode.OK).code();
    }

    /** Reads every configured secret id and prints {@code OK SECRET_X} or {@code FAIL SECRET_X: code (id)}. */
    static int secrets(Configuration config, PrintWriter out) {
        AwsSettings settings = AwsSettings.from(config);
        boolean failed = false;
        try (Readiness checks = new Readiness(config, () -> new AwsClients(settings, new StandardHttpClients()),
                Clock.systemUTC())) {
            for (SecretStatus line : checks.secretLines()) {
                failed |= !line.ok();
                out.println(line.ok() ? "OK " + line.setting()
                        : "FAIL " + line.setting() + ": " + line.detail() + " (" + line.secretId() + ")");
            }
        }
        out.flush();
        return (failed ? ExitCode.ERROR : ExitCode.OK).code();
    }
}
