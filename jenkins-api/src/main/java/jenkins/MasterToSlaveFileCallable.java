package jenkins;

import hudson.FilePath;
import org.jenkinsci.remoting.RoleChecker;

/** A file callable the controller sends to an agent. */
public abstract class MasterToSlaveFileCallable<T> implements FilePath.FileCallable<T> {

    /** Creates the callable. */
    public MasterToSlaveFileCallable() {
    }

    @Override
    public void checkRoles(RoleChecker checker) throws SecurityException {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
