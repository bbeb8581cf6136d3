package hudson;

import java.util.Map;
import java.util.TreeMap;

/**
 * Environment variables of a build, case-insensitive on Windows. A Pipeline step receives them from its context:
 * the node's environment overridden by the Pipeline's ({@code environment {}}, {@code withEnv},
 * {@code withCredentials}, {@code withAWS}).
 */
public class EnvVars extends TreeMap<String, String> {

    /** Creates an empty set of variables. */
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Copies the variables of the map. */
    public EnvVars(Map<String, String> m) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
