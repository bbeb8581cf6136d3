package io.releasecopilot.jenkins;

/** Where the step reads Jira's issues: the {@code jiraSource} parameter. */
public enum IssueSource {
    /** Jira's search API (the default). */
    API,
    /** The DynamoDB mirror the webhook and the reconciliation keep ({@code mirrorTable}). */
    MIRROR
}
