package jenkins.model;

import hudson.model.Descriptor;
import hudson.security.AccessControlled;
import hudson.security.Permission;

/** The Jenkins controller. */
public class Jenkins implements AccessControlled {

    /** Permission to administer Jenkins. */
    public static final Permission ADMINISTER = null;

    private Jenkins() {
    }

    /** Returns the running Jenkins; throws when there is none. */
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the descriptor of the given class (a global configuration, for instance). */
    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the configured root URL ({@code https://ci.example.com/}), or {@code null}. */
    public String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
