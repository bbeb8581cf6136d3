package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/** Makes a build listener out of a task listener, as Pipeline steps need for archiving. */
public final class BuildListenerAdapter implements BuildListener {

    /** Wraps the listener. */
    public BuildListenerAdapter(TaskListener delegate) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
