package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;
import java.io.Serializable;

/** What a running step can reach: the build, its log, the workspace... An abstract class, not an interface. */
public abstract class StepContext implements Serializable {

    private StepContext() {
    }

    /** Returns a context object ({@code Run}, {@code TaskListener}, {@code FilePath}...), or {@code null}. */
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
