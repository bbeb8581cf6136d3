package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;

/** A node of the Pipeline flow graph, such as the step being run. */
public abstract class FlowNode extends Actionable {

    private FlowNode() {
    }
}
