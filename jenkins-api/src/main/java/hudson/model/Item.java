package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/** A job, folder or other item of the tree. */
public interface Item extends AccessControlled {
    /** Permission to see the item. */
    Permission READ = null;
    /** Permission to configure the item. */
    Permission CONFIGURE = null;
    /** Permission to read the item's configuration. */
    Permission EXTENDED_READ = null;
}
