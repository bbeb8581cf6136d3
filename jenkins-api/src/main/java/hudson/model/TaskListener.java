package hudson.model;

import java.io.PrintStream;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** The log of a build or task. */
public interface TaskListener extends SerializableOnlyOverRemoting {
    /** Returns the stream the log is written to. */
    PrintStream getLogger();
}
