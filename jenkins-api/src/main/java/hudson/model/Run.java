package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import jenkins.model.ArtifactManager;

/** A build of a job. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {

    /**
     * Permission to see the build's archived files; checked only when
     * {@link hudson.Functions#isArtifactsPermissionEnabled()}.
     */
    public static final Permission ARTIFACTS = null;

    private Run() {
    }

    /** Returns the job of the build. */
    public JobT getParent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Adds the action to the build (a {@code RunAction2} is told through {@code onAttached}). */
    @Override
    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Makes the result worse (never better); only while the build runs. */
    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the build number. */
    public int getNumber() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the display name ({@code #12} unless renamed). */
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the build before this one, or {@code null}. */
    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the URL of the build relative to the root URL ({@code job/x/12/}). */
    public String getUrl() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the artifact manager that holds the build's archived files. */
    public final ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the artifact manager that archives new files. */
    public final synchronized ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
