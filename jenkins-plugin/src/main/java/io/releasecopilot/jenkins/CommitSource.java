package io.releasecopilot.jenkins;

/**
 * Where the commits of an audit come from, with the CLI's rules: a clone named by {@code useWorkspaceGit: true} or
 * {@code gitDir} is read in every mode (as {@code --git-dir}, offline too); a live run (one with a Jira URL) reads
 * Bitbucket when {@code repos} are given, and otherwise the workspace clone when the workspace holds one, unless
 * {@code useWorkspaceGit: false}.
 */
enum CommitSource {
    /** Only the cache: offline, or nothing configured to fetch from. */
    CACHE,
    /** The Bitbucket REST API, into the cache. */
    BITBUCKET,
    /** A clone in the workspace, read with JGit on the agent. */
    LOCAL_GIT;

    /** Chooses the source; {@code workspaceHasGit} tells whether the git directory holds a repository. */
    static CommitSource choose(StepOptions o, boolean workspaceHasGit) {
        boolean noGit = Boolean.FALSE.equals(o.useWorkspaceGit);
        if (!noGit && (Boolean.TRUE.equals(o.useWorkspaceGit) || StepOptions.clean(o.gitDir) != null)) {
            return LOCAL_GIT;
        }
        if (o.offline) {
            return CACHE;
        }
        if (!ListParameters.of(o.repos).isEmpty()) {
            return BITBUCKET;
        }
        return !noGit && workspaceHasGit && StepOptions.clean(o.jiraUrl) != null ? LOCAL_GIT : CACHE;
    }
}
