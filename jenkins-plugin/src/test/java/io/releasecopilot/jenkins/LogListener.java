package io.releasecopilot.jenkins;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A build log in memory; its stream is transient, as remoting replaces a real listener's stream. */
final class LogListener implements TaskListener {

    private static final long serialVersionUID = 1L;

    private final transient ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final transient PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Override
    public PrintStream getLogger() {
        return stream;
    }

    /** Returns everything written so far. */
    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
