package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** One run of a step; serialized with the Pipeline program. */
public abstract class StepExecution implements Serializable {

    /** Creates the execution for the context. */
    protected StepExecution(StepContext context) {
    }

    /** Returns the context. */
    public StepContext getContext() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Starts the execution; returns whether it is complete. */
    public abstract boolean start() throws Exception;
}
