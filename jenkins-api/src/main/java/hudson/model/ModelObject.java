package hudson.model;

/** An object with a display name. */
public interface ModelObject {
    /** Returns the human-readable name. */
    String getDisplayName();
}
