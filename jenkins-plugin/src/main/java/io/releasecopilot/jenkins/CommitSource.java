package io.releasecopilot.jenkins;

/**
 * Where the commits of an audit come from. Local git is the default for a live run (one with a Jira URL) when
 * the workspace holds the repository and no Bitbucket URL is given, or whenever {@code useWorkspaceGit: true}.
 */
enum CommitSource {
    /** Only the cache: offline, or nothing configured to fetch from. */
    CACHE,
    /** The Bitbucket REST API. */
    BITBUCKET,
    /** A clone in the workspace, read with JGit on the agent. */
    LOCAL_GIT;

    /** Chooses the source; {@code workspaceHasGit} tells whether the git directory exists. */
    static CommitSource choose(StepOptions o, boolean workspaceHasGit) {
        if (o.offline || Boolean.FALSE.equals(o.useWorkspaceGit) && StepOptions.clean(o.bitbucketUrl) == null) {
            return CACHE;
        }
        if (Boolean.TRUE.equals(o.useWorkspaceGit)) {
            return LOCAL_GIT;
        }
        if (StepOptions.clean(o.bitbucketUrl) != null) {
            return BITBUCKET;
        }
        return workspaceHasGit && StepOptions.clean(o.jiraUrl) != null ? LOCAL_GIT : CACHE;
    }
}
