package hudson.model;

/** An object with a descriptor. */
public interface Describable<T extends Describable<T>> {
    /** Returns the descriptor. */
    Descriptor<T> getDescriptor();
}
