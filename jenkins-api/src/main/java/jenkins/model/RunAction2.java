package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** An action that learns which build it is attached to. */
public interface RunAction2 extends Action {
    /** Called when the action is added to a build. */
    void onAttached(Run<?, ?> r);

    /** Called when the build is loaded from disk. */
    void onLoad(Run<?, ?> r);
}
