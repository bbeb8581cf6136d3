package hudson.model;

import java.util.List;

/** A model object that carries actions. */
public abstract class Actionable {

    /** Creates the object. */
    public Actionable() {
    }

    /** Adds the action. */
    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Adds the action, replacing any action of the same class; returns whether the actions changed. */
    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the first action of the type (persisted or transient), or {@code null}. */
    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns every action of the type (persisted or transient), in the order they were added. */
    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
