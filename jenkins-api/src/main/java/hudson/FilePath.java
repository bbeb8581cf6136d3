package hudson;

import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** A file on the controller or an agent. */
public final class FilePath implements SerializableOnlyOverRemoting {

    private FilePath() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the path as the node that holds it spells it. */
    public String getRemote() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns whether the file is on an agent rather than on the controller's own file system. */
    public boolean isRemote() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Runs the callable on the node that holds this file. */
    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Code that runs on the node that holds a file. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        /** Runs with the local file. */
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
