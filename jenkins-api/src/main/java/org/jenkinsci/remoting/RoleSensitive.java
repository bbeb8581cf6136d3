package org.jenkinsci.remoting;

/** Something whose direction across a channel is checked. */
public interface RoleSensitive {
    /** Checks the roles of the sender and receiver. */
    void checkRoles(RoleChecker checker) throws SecurityException;
}
