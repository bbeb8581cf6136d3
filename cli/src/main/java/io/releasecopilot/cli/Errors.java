package io.releasecopilot.cli;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.common.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line on stderr and an exit code; a stack trace only at {@code --log-level debug}. */
final class Errors {

    private Errors() {
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
            }
            err.println(command + ": " + oneLine(ex.getMessage()) + hint);
            return ExitCodes.USAGE;
        }
    }

    /** Errors while running: the message alone, masked, exit 2 for usage errors and 1 for the rest. */
    static final class ExecutionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            String command = commandLine.getCommandSpec().qualifiedName();
            SecretMask secrets = Logging.secrets();
            if (ex instanceof AuditException) {
                err.println(command + ": error: " + oneLine(secrets.apply(ex.getMessage())));
            } else {
                err.println(command + ": internal error: " + oneLine(secrets.apply(String.valueOf(ex)))
                        + " (run with --log-level debug for details)");
            }
            if (Logging.isDebug()) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(secrets.apply(trace.toString()));
            }
            return ex instanceof UsageException ? ExitCodes.USAGE : ExitCodes.ERROR;
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
