package io.releasecopilot.jenkins;

import io.releasecopilot.model.SourceFlavor;

/** Which product a Jira or Bitbucket server is: the values of {@code jiraFlavor} and {@code bitbucketFlavor}. */
public enum Flavor {
    /** Atlassian Cloud ({@code *.atlassian.net}, {@code api.bitbucket.org}). */
    CLOUD,
    /** Self-managed Data Center. */
    DATACENTER;

    /** Returns the core's flavor; {@code null} (not given) is Cloud, the CLI's default. */
    static SourceFlavor source(Flavor flavor) {
        return flavor == DATACENTER ? SourceFlavor.DATACENTER : SourceFlavor.CLOUD;
    }
}
