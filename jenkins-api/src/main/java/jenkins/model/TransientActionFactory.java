package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Adds actions to every object of a type (a job, a build) without persisting them. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {

    /** Creates the factory. */
    public TransientActionFactory() {
    }

    /** Returns the type of object the factory adds actions to. */
    public abstract Class<T> type();

    /**
     * Returns the type of action the factory adds; it is asked only by {@code getAction(X)} calls for a supertype
     * of it. The default, {@code Action}, makes every such call of every object ask this factory.
     */
    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the actions for one object; called often, so it must be cheap. */
    public abstract Collection<? extends Action> createFor(T target);
}
