package io.releasecopilot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rc} command line: {@code rc audit}, and more subcommands as they arrive. */
@Command(name = "rc",
        mixinStandardHelpOptions = true,
        versionProvider = Rc.Version.class,
        description = "Release Copilot: proves that a Jira fix version and the commits that ship match.",
        subcommands = {AuditCommand.class, ConfigCommand.class, HealthCommand.class, CommandLine.HelpCommand.class})
public final class Rc implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs {@code rc} with the given streams and returns the exit code; used by {@link #main} and tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Rc());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new Errors.UsageHandler());
        commandLine.setExecutionExceptionHandler(new Errors.ExecutionHandler());
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: rc audit");
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
