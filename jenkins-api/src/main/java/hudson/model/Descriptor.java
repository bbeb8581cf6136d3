package hudson.model;

/** Metadata of a describable class; the no-argument constructor infers the class from the enclosing one. */
public abstract class Descriptor<T extends Describable<T>> {

    /** Creates the descriptor of the enclosing class. */
    protected Descriptor() {
    }

    /** Returns the name shown in the UI; defaults to the simple class name. */
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
