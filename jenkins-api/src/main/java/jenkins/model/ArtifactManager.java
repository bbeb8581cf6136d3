package jenkins.model;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.BuildListener;
import java.io.IOException;
import java.util.Map;
import jenkins.util.VirtualFile;

/** Stores a build's artifacts. */
public abstract class ArtifactManager {

    private ArtifactManager() {
    }

    /** Archives files of the workspace; the map goes from artifact path to workspace-relative path. */
    public abstract void archive(FilePath workspace, Launcher launcher, BuildListener listener,
            Map<String, String> artifacts) throws IOException, InterruptedException;

    /** Returns the root of the archived files, to read them (locally or from remote storage). */
    public abstract VirtualFile root();
}
