package io.releasecopilot.jenkins;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of one {@code releaseAudit} call: the step's only state, stored here once. The step's setters
 * write into it, {@link AuditOptionsMapper} turns it into the core's {@code AuditOptions} (the only place that
 * does), and it crosses the remoting channel to the agent as it is. Plain serializable fields, no records and no
 * {@code Path}s, so remoting, the Pipeline program and XStream all handle it.
 */
final class StepOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Default cache directory, relative to the workspace (the CLI's default too). */
    static final String DEFAULT_CACHE_DIR = "temp_data";
    static final String DEFAULT_JSON = "release-audit/audit.json";
    static final String DEFAULT_XLSX = "release-audit/audit.xlsx";
    static final String DEFAULT_SUMMARY = "release-audit/audit-summary.json";
    static final String DEFAULT_MARKDOWN = "release-audit/audit-summary.md";
    static final String DEFAULT_HTML = "release-audit/html";

    // what to audit
    String fixVersion;
    String projects;
    String jql;
    String scope;
    // Jira
    /** The name of a Jira site of Manage Jenkins → Release Copilot ({@link SiteResolution}). */
    String jiraSite;
    String jiraUrl;
    String jiraFlavor;
    String jiraCredentialsId;
    String jiraCloudId;
    // Bitbucket
    /** The name of a Bitbucket server of Manage Jenkins → Release Copilot ({@link SiteResolution}). */
    String bitbucketServer;
    String bitbucketUrl;
    String bitbucketFlavor;
    String bitbucketCredentialsId;
    String workspace;
    String repos;
    String branches;
    boolean pullRequests;
    // range
    String sinceRef;
    String since;
    String until;
    // local git
    Boolean useWorkspaceGit;
    String gitDir;
    // cache
    String cacheDir = DEFAULT_CACHE_DIR;
    boolean offline;
    boolean refresh;
    // AWS
    String secretId;
    String region;
    String upload;
    String kmsKeyId;
    // gate
    String policyFile;
    /** The global configuration's inline default policy, when neither the step nor it names a file. */
    String policyYaml;
    /** Gate limits by step parameter name ({@code maxOrphanCommits}); see {@link GateLimitParameter}. */
    final Map<String, Double> limits = new LinkedHashMap<>();
    String ignoreIssueTypes;
    String exemptions;
    String overridesFile;
    boolean markOnlyOnFailure;
    // outputs
    String json = DEFAULT_JSON;
    String xlsx = DEFAULT_XLSX;
    boolean noXlsx;
    String summary = DEFAULT_SUMMARY;
    String markdown = DEFAULT_MARKDOWN;
    String html = DEFAULT_HTML;

    /** Returns the text stripped, or {@code null} when it is null or blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
