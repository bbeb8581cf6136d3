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
}
