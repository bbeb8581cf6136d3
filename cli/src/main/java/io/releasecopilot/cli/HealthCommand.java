package io.releasecopilot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rc health --readiness [--json FILE] [--dry-run]}: checks that the AWS resources the configuration
 * names are usable (docs/aws.md, "Readiness"); {@code rc health readiness} reads only the secrets.
 */
@Command(name = "health",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        sortOptions = false,
        subcommands = HealthCommand.SecretsReadiness.class,
        description = {
            "Checks that the AWS resources of the configuration are usable.",
            "--readiness: Secrets Manager read, DynamoDB write + delete, S3 put + get + delete,",
            "webhook secret resolution; 'rc health readiness': the secrets only.",
            "Exit codes: 0 every check passed, 1 a check failed (on a dry run: a resource is not set), 2 usage error."})
final class HealthCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--readiness", description = "Run the readiness checks.")
    boolean readiness;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the result as JSON (docs/schemas/health.v1.json).")
    Path json;

    @Option(names = "--dry-run", description = "Plan the checks and write the JSON; make no AWS call. A resource that is not set still fails.")
    boolean dryRun;

    @Option(names = "--skip", paramLabel = "CHECK", split = ",",
            description = "Skip a check (repeatable): secrets, dynamodb, s3, webhook_secret.")
    List<String> skip = new ArrayList<>();

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() {
        if (!readiness) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "nothing to do: give --readiness, or use 'rc health readiness'");
        }
        Logging.configure(Logging.LogLevel.WARN, Logging.LogFormat.TEXT, spec.commandLine().getErr());
        return HealthChecks.readiness(config.load(loader -> { }), dryRun, json, new LinkedHashSet<>(skip),
                spec.commandLine().getOut());
    }

    /** {@code rc health readiness}: reads each configured secret and prints {@code OK} or {@code FAIL} per id. */
    @Command(name = "readiness",
            mixinStandardHelpOptions = true,
            versionProvider = Rc.Version.class,
            description = {
                "Reads SECRET_JIRA, SECRET_BITBUCKET and SECRET_WEBHOOK from Secrets Manager and prints",
                "'OK SECRET_X' or 'FAIL SECRET_X: <AWS error code>' per secret, never a value.",
                "Exit codes: 0 all read, 1 a secret failed, 2 usage error."})
    static final class SecretsReadiness implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        ConfigOptions config = new ConfigOptions();

        @Override
        public Integer call() {
            Logging.configure(Logging.LogLevel.WARN, Logging.LogFormat.TEXT, spec.commandLine().getErr());
            return HealthChecks.secrets(config.load(loader -> { }), spec.commandLine().getOut());
        }
    }
}
