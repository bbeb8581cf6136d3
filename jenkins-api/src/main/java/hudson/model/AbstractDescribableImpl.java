package hudson.model;

/** Finds its descriptor by its class. */
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {

    /** Creates the object. */
    public AbstractDescribableImpl() {
    }

    @Override
    public Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
