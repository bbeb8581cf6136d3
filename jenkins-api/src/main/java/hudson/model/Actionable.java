package hudson.model;

/** A model object that carries actions. */
public abstract class Actionable {

    /** Creates the object. */
    public Actionable() {
    }

    /** Adds the action, replacing any action of the same class; returns whether the actions changed. */
    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the first action of the type (persisted or transient), or {@code null}. */
    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
