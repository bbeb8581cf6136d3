package hudson.security;

/** A permission. */
public final class Permission {

    private Permission() {
    }
}
