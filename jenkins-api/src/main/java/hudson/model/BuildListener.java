package hudson.model;

/** The log of a build. */
public interface BuildListener extends TaskListener {
}
