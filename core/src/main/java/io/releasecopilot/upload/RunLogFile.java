package io.releasecopilot.upload;

import io.releasecopilot.common.AuditException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log of one run, uploaded under {@code logs/}: every record at INFO and above while it is open, one
 * line each ({@code 2026-11-24T03:20:01Z INFO  message}), in {@code rc-audit.log} in a temporary
 * directory. Log messages never hold a credential (values are {@link io.releasecopilot.common.SecretValue}s), so
 * the file holds none either.
 */
final class RunLogFile extends Handler {

    private final Path dir;
    private final Path file;
    private final Writer writer;
    private final Logger root = Logger.getLogger("");

    private RunLogFile(Path dir) throws IOException {
        this.dir = dir;
        this.file = dir.resolve(AuditUploads.LOG_NAME);
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        setFormatter(new LineFormatter());
        setLevel(Level.INFO);
    }

    /** Starts recording. */
    static RunLogFile start() {
        try {
            RunLogFile log = new RunLogFile(Files.createTempDirectory("rc-run-"));
            log.root.addHandler(log);
            if (log.root.getLevel() == null || log.root.getLevel().intValue() > Level.INFO.intValue()) {
                log.root.setLevel(Level.INFO);
            }
            return log;
        } catch (IOException e) {
            throw new AuditException("cannot create the run's log file: " + e.getMessage(), e);
        }
    }

    /** Stops recording and returns the complete file. */
    Path finish() {
        root.removeHandler(this);
        flush();
        return file;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (isLoggable(record)) {
            try {
                writer.write(getFormatter().format(record));
            } catch (IOException e) {
                reportError(null, e, 1);
            }
        }
    }

    @Override
    public synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops recording and deletes the file. */
    @Override
    public synchronized void close() {
        root.removeHandler(this);
        try {
            writer.close();
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }

    /** One line per record: time, level, message. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            String level = record.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR"
                    : record.getLevel().intValue() >= Level.WARNING.intValue() ? "WARN" : "INFO";
            return Instant.ofEpochMilli(record.getMillis()) + " " + String.format(Locale.ROOT, "%-5s", level) + " "
                    + formatMessage(record) + System.lineSeparator();
        }
    }
}
