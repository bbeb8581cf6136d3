package org.jenkinsci.plugins.workflow.steps;

/** Runs {@link #run()} on a thread of its own; its return value becomes the step's value. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {

    /** Creates the execution for the context. */
    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    /** Does the work; the value must be serializable. */
    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
