package io.releasecopilot.jenkins;

import java.io.Serializable;

/** One story shown on the build's "Release audit" page. Jira text is untrusted: Jelly escapes it. */
public final class StoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String summary;
    private final String status;
    private final String assignee;

    StoryRow(String key, String summary, String status, String assignee) {
        this.key = key;
        this.summary = summary;
        this.status = status;
        this.assignee = assignee;
    }

    /** Returns the issue key. */
    public String getKey() {
        return key;
    }

    /** Returns the summary, on one line and shortened. */
    public String getSummary() {
        return summary;
    }

    /** Returns the status name. */
    public String getStatus() {
        return status;
    }

    /** Returns the assignee, or the empty string. */
    public String getAssignee() {
        return assignee;
    }
}
