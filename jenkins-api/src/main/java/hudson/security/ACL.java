package hudson.security;

import org.springframework.security.core.Authentication;

/** Access control; holds the identity of Jenkins itself. */
public abstract class ACL {

    /**
     * Jenkins itself, which may see everything: the identity of lookups made on behalf of the system, and the only
     * one the global and folder credential stores answer.
     */
    public static final Authentication SYSTEM2 = null;

    private ACL() {
    }
}
