package hudson.model;

import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** Metadata of a describable class; the no-argument constructor infers the class from the enclosing one. */
public abstract class Descriptor<T extends Describable<T>> {

    /** Creates the descriptor of the enclosing class. */
    protected Descriptor() {
    }

    /** Returns the name shown in the UI; defaults to the simple class name. */
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Creates an instance from a submitted form (Stapler binds the data-bound constructor and setters). */
    public T newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Applies the submitted configuration form. */
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Writes the descriptor's fields to {@code JENKINS_HOME/<class name>.xml}. */
    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Reads the fields back from that file, if it exists. */
    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** A problem in a submitted form, naming the field. */
    public static final class FormException extends Exception {

        /** Creates the exception. */
        public FormException(String message, String formField) {
            super(message);
        }
    }
}
