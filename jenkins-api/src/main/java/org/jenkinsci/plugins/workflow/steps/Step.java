package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** A Pipeline step: its configuration; {@link StepExecution} is one run of it. Not serializable. */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {

    /** Creates the step. */
    public Step() {
    }

    /** Starts one execution of the step. */
    public abstract StepExecution start(StepContext context) throws Exception;

    @Override
    public StepDescriptor getDescriptor() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
