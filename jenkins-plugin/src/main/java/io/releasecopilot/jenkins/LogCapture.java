package io.releasecopilot.jenkins;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Hands what the core logs (through {@code System.Logger}, hence java.util.logging) while one audit runs to a
 * line consumer as it happens, so it reaches the build log. The audit's thread and every thread started from it
 * (the fetch and writer pools) carry a marker; records of other threads, such as another build's audit in the
 * same JVM, are not taken.
 */
final class LogCapture implements AutoCloseable {

    private static final Logger CORE = Logger.getLogger("io.releasecopilot");
    /** The marker of the capturing audit: a bare object, so threads that outlive it keep nothing of it alive. */
    private static final InheritableThreadLocal<Object> CURRENT = new InheritableThreadLocal<>();

    private final Object marker = new Object();
    private final Consumer<String> lines;
    private final Handler handler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            if (CURRENT.get() == marker && record.getLevel().intValue() >= Level.INFO.intValue()) {
                synchronized (lines) {
                    lines.accept(record.getLevel().getName() + " " + formatter.formatMessage(record));
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

    /** Starts capturing on the current thread and the threads it starts. */
    LogCapture(Consumer<String> lines) {
        this.lines = lines;
        CURRENT.set(marker);
        CORE.addHandler(handler);
    }

    @Override
    public void close() {
        CORE.removeHandler(handler);
        CURRENT.remove();
    }
}
