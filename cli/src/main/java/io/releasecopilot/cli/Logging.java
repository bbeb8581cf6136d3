package io.releasecopilot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.report.HtmlSafeJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the core's {@code System.Logger} output (java.util.logging underneath) to stderr, as text or as
 * one JSON object per line. stdout stays free for what the user asked for. Holds the run's
 * {@link SecretMask}: the audit feeds it every configured credential, and every log line and the final error
 * line are masked with it.
 */
final class Logging {

    /** Log levels as users type them. */
    enum LogLevel {
        ERROR(Level.SEVERE), WARN(Level.WARNING), INFO(Level.INFO), DEBUG(Level.FINE);

        private final Level level;

        LogLevel(Level level) {
            this.level = level;
        }
    }

    /** Returns a message as one JSON log line, as {@code --log-format json} writes them. */
    static String jsonLine(Level level, String logger, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        return new JsonFormatter().format(record);
    }

    /** Log line formats. */
    enum LogFormat { TEXT, JSON }

    /** Held strongly: java.util.logging keeps only weak references, and a collected logger loses its level. */
    private static final Logger OURS = Logger.getLogger("io.releasecopilot");

    private static volatile boolean debug;
    private static volatile SecretMask secrets = new SecretMask();

    private Logging() {
    }

    static boolean isDebug() {
        return debug;
    }

    /** The run's secrets, new with each {@link #configure}: what log lines and the final error are masked with. */
    static SecretMask secrets() {
        return secrets;
    }

    /** Configures the root logger to write to {@code err}; replaces any handler installed before. */
    static void configure(LogLevel level, LogFormat format, PrintWriter err) {
        debug = level == LogLevel.DEBUG;
        secrets = new SecretMask();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler handler = new WriterHandler(err);
        handler.setFormatter(format == LogFormat.JSON ? new JsonFormatter() : new TextFormatter());
        handler.setLevel(level.level);
        root.addHandler(handler);
        // Only our own loggers go below WARN: libraries' debug output (the JDK HTTP client's among them)
        // can carry request headers, and so credentials.
        root.setLevel(level.level.intValue() < Level.WARNING.intValue() ? Level.WARNING : level.level);
        OURS.setLevel(level.level);
    }

    /** Writes each record at once, so log lines and errors on the same stream keep their order. */
    private static final class WriterHandler extends Handler {
        private final PrintWriter writer;

        WriterHandler(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (isLoggable(record)) {
                writer.print(getFormatter().format(record));
                writer.flush();
            }
        }

        @Override
        public void flush() {
            writer.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** {@code 2026-11-24T03:20:01Z INFO  message}. */
    static final class TextFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(128)
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(String.format(Locale.ROOT, "%-5s", name(record.getLevel()))).append(' ')
                    .append(secrets.apply(formatMessage(record))).append(System.lineSeparator());
            if (debug && record.getThrown() != null) {
                line.append(secrets.apply(String.valueOf(record.getThrown()))).append(System.lineSeparator());
            }
            return line.toString();
        }
    }

    /**
     * {@code {"ts":"…","level":"INFO","logger":"…","message":"…"}} per line, written by Jackson with the escapes
     * of the report files (controls, U+2028 and U+2029 escaped).
     */
    static final class JsonFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringWriter line = new StringWriter(128);
            try (JsonGenerator json = HtmlSafeJson.FACTORY.createGenerator(line)) {
                json.writeStartObject();
                json.writeStringField("ts", Instant.ofEpochMilli(record.getMillis()).toString());
                json.writeStringField("level", name(record.getLevel()));
                json.writeStringField("logger", record.getLoggerName());
                json.writeStringField("message", secrets.apply(formatMessage(record)));
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line.append(System.lineSeparator()).toString();
        }
    }

    private static String name(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (level.intValue() >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (level.intValue() >= Level.INFO.intValue()) {
            return "INFO";
        }
        return "DEBUG";
    }
}
