package io.releasecopilot.pipe;

import io.releasecopilot.common.SecretMask;
import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the core's log (java.util.logging underneath {@code System.Logger}) to the pipe's stderr. Debug
 * output is limited to Release Copilot's own loggers: the JDK HTTP client's debug log could show headers.
 * Holds the run's {@link SecretMask}, fed with every configured credential; every line is masked with it.
 */
final class PipeLogging {

    /** Held so the configured level is not lost when the logger is garbage collected. */
    private static final Logger OWN = Logger.getLogger("io.releasecopilot");

    private static volatile SecretMask secrets = new SecretMask();

    private PipeLogging() {
    }

    /** The run's secrets, new with each {@link #configure}: what log lines and error lines are masked with. */
    static SecretMask secrets() {
        return secrets;
    }

    /** Replaces the root logger's handlers with one that writes {@code LEVEL message} lines to {@code err}. */
    static void configure(boolean debug, PrintWriter err) {
        secrets = new SecretMask();
        Level level = debug ? Level.FINE : Level.INFO;
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler handler = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                if (isLoggable(record)) {
                    err.print(getFormatter().format(record));
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        handler.setFormatter(new LineFormatter(debug));
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        OWN.setLevel(level);
    }

    /** {@code INFO  message}, with the exception after it at debug level. */
    private static final class LineFormatter extends Formatter {
        private final boolean debug;

        LineFormatter(boolean debug) {
            this.debug = debug;
        }

        @Override
        public String format(LogRecord record) {
            int value = record.getLevel().intValue();
            String name = value >= Level.SEVERE.intValue() ? "ERROR"
                    : value >= Level.WARNING.intValue() ? "WARN"
                    : value >= Level.INFO.intValue() ? "INFO" : "DEBUG";
            StringBuilder line = new StringBuilder(String.format("%-5s %s%n", name,
                    secrets.apply(formatMessage(record))));
            if (debug && record.getThrown() != null) {
                line.append(secrets.apply(String.valueOf(record.getThrown()))).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
