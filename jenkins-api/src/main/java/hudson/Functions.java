package hudson;

/** Utility functions of Jenkins' views. */
public class Functions {

    /** Creates the functions object. */
    public Functions() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /**
     * Returns whether the {@code Run.ARTIFACTS} permission is enabled (system property
     * {@code hudson.security.ArtifactsPermission}); when it is not, everyone who may read a build sees its artifacts.
     */
    public static boolean isArtifactsPermissionEnabled() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
