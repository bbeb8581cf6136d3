package io.releasecopilot.cli;

import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.Suggest;
import io.releasecopilot.common.UntrustedText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * picocli's handlers of rc's failures: each turns a failure into one line on stderr and an exit code; a stack
 * trace only at {@code --log-level debug}.
 */
final class FailureHandlers {

    private FailureHandlers() {
    }

    /** Unknown flags and bad values: one line naming the problem and where to get help, exit 2. */
    static final class UsageHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine commandLine = ex.getCommandLine();
            PrintWriter err = commandLine.getErr();
            String command = commandLine.getCommandSpec().qualifiedName();
            String hint = " (see '" + command + " --help')";
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getSuggestions().isEmpty()) {
                hint = " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
            } else if (ex.getArgSpec() == null && ex.getValue() != null && !commandLine.getSubcommands().isEmpty()) {
                // rc help NAME with an unknown NAME
                hint = Suggest.hint(ex.getValue(), List.copyOf(commandLine.getSubcommands().keySet()), "commands");
            }
            String line = command + ": " + UntrustedText.oneLine(ex.getMessage()) + hint;
            err.println(asksForJson(args) ? Logging.jsonLine(Level.SEVERE, command, line).strip() : line);
            return ExitCode.USAGE.code();
        }
    }

    /** FailureHandlers while running: the message alone, masked, exit 2 for usage errors and 1 for the rest. */
    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            String command = commandLine.getCommandSpec().qualifiedName();
            SecretMask secrets = Logging.secrets();
            String line = ex instanceof AuditException
                    ? command + ": error: " + UntrustedText.oneLine(secrets.apply(ex.getMessage()))
                    : command + ": internal error: " + UntrustedText.oneLine(secrets.apply(String.valueOf(ex)))
                            + " (run with --log-level debug for details)";
            err.println(logsJson(parseResult) ? Logging.jsonLine(Level.SEVERE, command, line).strip() : line);
            if (Logging.isDebug()) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(secrets.apply(trace.toString()));
            }
            return ExitCode.of(ex).code();
        }
    }

    /** Returns whether the arguments, which picocli could not parse, ask for {@code --log-format json}. */
    private static boolean asksForJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--log-format=json")
                    || args[i].equals("--log-format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the command that ran was given {@code --log-format json}. */
    private static boolean logsJson(ParseResult parseResult) {
        ParseResult leaf = parseResult;
        while (leaf != null && leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf != null && leaf.hasMatchedOption("--log-format")
                && leaf.matchedOptionValue("--log-format", Logging.LogFormat.TEXT) == Logging.LogFormat.JSON;
    }
}
