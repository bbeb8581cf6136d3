package org.jenkinsci.remoting;

/** Checks roles for {@link RoleSensitive} objects. */
public abstract class RoleChecker {

    private RoleChecker() {
    }
}
