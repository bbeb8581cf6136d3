package io.releasecopilot.cli;

import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.SecretException;
import io.releasecopilot.config.SecretRef;
import io.releasecopilot.config.Setting;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rc config --show}: the effective settings, each with the level it came from; credentials print as
 * {@code ****}. Secrets Manager is read only when the configuration says so (SECRETS_MANAGER=true, or a
 * secret id set above defaults.yml).
 */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        sortOptions = false,
        description = {
            "Shows the effective configuration and where each value came from; credentials print as ****.",
            "Precedence, highest first: flags, --config FILE, environment, .env, Secrets Manager, defaults.yml.",
            "Exit codes: 0 shown, 1 a secret could not be read, 2 usage error."})
final class ConfigCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--show", description = "Print the effective settings.")
    boolean show;

    @Mixin
    ConfigOptions config = new ConfigOptions();

    @Override
    public Integer call() {
        if (!show) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to do: give --show");
        }
        Logging.configure(Logging.LogLevel.WARN, Logging.LogFormat.TEXT, spec.commandLine().getErr());
        Configuration loaded = config.load(loader -> { });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AwsSecrets secrets = new AwsSecrets(loaded)) {
            Configuration configuration = loaded.withSecrets(secrets);
            List<Setting> settings;
            int code = ExitCode.OK.code();
            try {
                settings = configuration.effective();
            } catch (SecretException e) {
                err.println("rc config: error: " + e.getMessage() + "; values from Secrets Manager are not shown");
                settings = loaded.effective();
                code = ExitCode.ERROR.code();
            }
            print(settings, out);
            out.println(code == ExitCode.OK.code() ? secretsLine(loaded, configuration.usesSecrets())
                    : "Secrets Manager: could not be read (see the error)");
            out.flush();
            return code;
        }
    }

    private static void print(List<Setting> settings, PrintWriter out) {
        int nameWidth = "NAME".length();
        int valueWidth = "VALUE".length();
        for (Setting setting : settings) {
            nameWidth = Math.max(nameWidth, setting.name().length());
            valueWidth = Math.max(valueWidth, Math.min(60, display(setting).length()));
        }
        String format = "%-" + nameWidth + "s  %-" + valueWidth + "s  %s%n";
        out.printf(format, "NAME", "VALUE", "ORIGIN");
        for (Setting setting : settings) {
            out.printf(format, setting.name(), display(setting), setting.origin());
        }
    }

    private static String display(Setting setting) {
        return setting.isEmpty() ? "\"\"" : UntrustedText.echo(setting.display(), 60);
    }

    private static String secretsLine(Configuration config, boolean used) {
        if (!used) {
            return "Secrets Manager: not read (SECRETS_MANAGER is not true and no secret id is set above defaults.yml)";
        }
        List<String> ids = config.secretRefs().stream().filter(SecretRef::enabled)
                .map(ref -> ref.setting() + "=" + ref.id()).toList();
        return "Secrets Manager: read " + String.join(", ", ids);
    }
}
