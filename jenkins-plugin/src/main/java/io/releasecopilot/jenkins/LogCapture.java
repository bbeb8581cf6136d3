package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Collects what the core logs (through {@code System.Logger}, hence java.util.logging) on the current thread
 * while an audit runs, so the controller can print it in the build log. Other threads' audits are not mixed in.
 */
final class LogCapture implements AutoCloseable {

    private static final Logger CORE = Logger.getLogger("io.releasecopilot");

    private final long thread = Thread.currentThread().getId();
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (record.getLongThreadID() == thread && record.getLevel().intValue() >= Level.INFO.intValue()) {
                synchronized (lines) {
                    lines.add(record.getLevel().getName() + " " + formatter.formatMessage(record));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    LogCapture() {
        CORE.addHandler(handler);
    }

    /** Returns the lines captured so far. */
    List<String> lines() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    @Override
    public void close() {
        CORE.removeHandler(handler);
    }
}
