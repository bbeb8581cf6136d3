package org.jenkinsci.plugins.workflow.steps;

import hudson.model.Descriptor;
import java.util.Set;

/** Describes a step; the Pipeline function name comes from {@link #getFunctionName()}. */
public abstract class StepDescriptor extends Descriptor<Step> {

    /** Creates the descriptor of the enclosing step class. */
    public StepDescriptor() {
    }

    /** Returns the context objects the step needs (a {@code FilePath} requires a {@code node}). */
    public abstract Set<? extends Class<?>> getRequiredContext();

    /** Returns the name of the step in Pipeline scripts. */
    public abstract String getFunctionName();
}
