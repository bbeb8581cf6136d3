package io.releasecopilot.cli;

import io.releasecopilot.audit.ExitCode;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rc} command line: {@code rc audit}, and more subcommands as they arrive. */
@Command(name = "rc",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        description = "Release Copilot: proves that a Jira fix version and the commits that ship match.",
        subcommands = {AuditCommand.class, ServeCommand.class, ConfigCommand.class,
            HealthCommand.class, CommandLine.HelpCommand.class})
public final class Rc implements Runnable {

    /** The width of help texts, and of their option column. */
    static final int HELP_WIDTH = 110;
    static final int HELP_OPTIONS_WIDTH = 36;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code;
        try {
            code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        } catch (OutOfMemoryError e) {
            System.err.println("rc: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give Java more, e.g. RC_JAVA_OPTS=-Xmx6g ./rc ..., or java -Xmx6g -jar rc.jar ...");
            code = ExitCode.ERROR.code();
        }
        System.exit(code);
    }

    /** Runs {@code rc} with the given streams and returns the exit code; used by {@link #main} and tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, System.getenv(), args);
    }

    /** Runs {@code rc} with {@code environment} in place of the process environment. */
    static int execute(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine commandLine = new CommandLine(new Rc(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K created = defaults.create(type);
                if (created instanceof AuditCommand audit) {
                    audit.environment = environment;
                }
                return created;
            }
        });
        commandLine.setOut(out);
        // --log-level DEBUG and --log-format Json are accepted as well as the documented lower case.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setErr(err);
        // Wide enough that descriptions do not break inside file names, and the option column fits the long names.
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        commandLine.setUsageHelpLongOptionsMaxWidth(HELP_OPTIONS_WIDTH);
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().abbreviateSynopsis(true);
        }
        commandLine.setParameterExceptionHandler(new FailureHandlers.UsageHandler());
        commandLine.setExecutionExceptionHandler(new FailureHandlers.ExecutionHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: rc audit, serve, config or health");
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rc " + version()};
        }

        static String version() {
            String version = Rc.class.getPackage().getImplementationVersion();
            return version == null ? "dev" : version;
        }
    }
}
