package io.releasecopilot.model;

/** Which product and API generation a source is. */
public enum SourceFlavor {
    /** Atlassian Cloud: Jira REST v3 {@code search/jql}, Bitbucket REST 2.0. */
    CLOUD,
    /** Self-managed Data Center: Jira REST v2 {@code search}, Bitbucket REST 1.0. */
    DATACENTER,
    /** A local git clone read with JGit. */
    GIT
}
