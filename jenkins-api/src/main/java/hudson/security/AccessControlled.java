package hudson.security;

/** An object guarded by permissions. */
public interface AccessControlled {
    /** Returns whether the current user has the permission on this object. */
    default boolean hasPermission(Permission permission) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
