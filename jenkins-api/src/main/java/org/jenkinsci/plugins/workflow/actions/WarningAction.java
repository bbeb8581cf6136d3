package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

/** Marks a flow node (and so its stage) with a result worse than success. */
public class WarningAction implements PersistentAction {

    /** Creates the action with the result shown for the stage. */
    public WarningAction(Result result) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Sets the message shown with the result. */
    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
