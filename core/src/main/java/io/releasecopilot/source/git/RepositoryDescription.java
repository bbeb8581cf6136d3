package io.releasecopilot.source.git;

import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;

/**
 * Describes a clone as a report {@link Repository}: the name given by the user, else the origin remote's slug,
 * else the directory's name; the workspace and commit address from the origin remote when it is on Bitbucket.
 * The origin remote is {@code origin}, or the only remote when there is exactly one under another name.
 */
final class RepositoryDescription {

    private RepositoryDescription() {
    }

    static Repository describe(org.eclipse.jgit.lib.Repository repo, String givenName, List<String> refs) {
        RemoteUrl remote = RemoteUrl.parse(originUrl(repo));
        String name = givenName != null ? givenName : remote.slug() != null ? remote.slug() : directoryName(repo);
        return new Repository(name, remote.workspace(), SourceFlavor.GIT, refs, remote.commitUrlPrefix());
    }

    static String originUrl(org.eclipse.jgit.lib.Repository repo) {
        Set<String> remotes = repo.getRemoteNames();
        String remote = remotes.contains(Constants.DEFAULT_REMOTE_NAME) || remotes.size() != 1
                ? Constants.DEFAULT_REMOTE_NAME
                : remotes.iterator().next();
        return repo.getConfig().getString("remote", remote, "url");
    }

    /** Returns the work tree's name, or a bare repository's name without {@code .git}. */
    private static String directoryName(org.eclipse.jgit.lib.Repository repo) {
        Path dir = (repo.isBare() ? repo.getDirectory() : repo.getWorkTree()).toPath().toAbsolutePath().normalize();
        if (dir.getParent() != null && Constants.DOT_GIT.equals(String.valueOf(dir.getFileName()))) {
            dir = dir.getParent();
        }
        String name = dir.getFileName() == null ? "repository" : dir.getFileName().toString();
        return name.endsWith(Constants.DOT_GIT_EXT) && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }
}
