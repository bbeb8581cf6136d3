package io.releasecopilot.jenkins;

import java.util.Locale;

/** Which product a configured Jira site or Bitbucket server is. */
public enum SiteFlavor {
    /** Atlassian Cloud. */
    CLOUD,
    /** Self-managed Data Center (or Server). */
    DATACENTER;

    /** The value of the step's {@code jiraFlavor}/{@code bitbucketFlavor} for this flavor. */
    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
