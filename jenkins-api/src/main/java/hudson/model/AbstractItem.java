package hudson.model;

import java.io.File;

/** The common base of items: a name in the tree and a folder on disk. */
public abstract class AbstractItem extends Actionable implements Item {

    AbstractItem() {
    }

    /** Returns the item's folder on the controller ({@code $JENKINS_HOME/jobs/x}). */
    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the full name, folders included ({@code team/app}). */
    public final String getFullName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
