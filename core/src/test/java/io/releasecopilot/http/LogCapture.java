package io.releasecopilot.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Captures every java.util.logging record of the http package, DEBUG (FINE) included. */
final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("io.releasecopilot.http");
    private final Level previous = logger.getLevel();
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    /** Each record fully formatted: message with parameters, and any exception with its stack trace. */
    List<String> formatted() {
        return records.stream().map(formatter::format).toList();
    }

    /** The message of each record at {@code level}. */
    List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(formatter::formatMessage).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
