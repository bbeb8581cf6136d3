package io.releasecopilot.correlate;

/** Where a link between a commit and an issue key was found. */
public enum LinkSource {
    /** The commit message, any line. */
    MESSAGE("message"),
    /** The merged branch name named in a merge commit's message. */
    MERGED_BRANCH("merged-branch"),
    /** The title of a merged pull request that brought the commit in. */
    PR_TITLE("pr-title"),
    /** The source branch of a merged pull request that brought the commit in. */
    PR_BRANCH("pr-branch"),
    /** The user's overrides file. */
    OVERRIDE("override");

    private final String id;

    LinkSource(String id) {
        this.id = id;
    }

    /** Returns the name used in reports ({@code merged-branch}). */
    public String id() {
        return id;
    }
}
