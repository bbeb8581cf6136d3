package io.releasecopilot.jenkins;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one {@code releaseAudit} call: the step's only state, stored here once. The step's setters
 * write into it, {@link AuditOptionsMapper} turns it into the core's {@code AuditOptions} (the only place that
 * does), and it crosses the remoting channel to the agent as it is. Plain serializable fields, no records and no
 * {@code Path}s, so remoting, the Pipeline program and XStream all handle it.
 *
 * <p>{@code null} (and an empty list or map) always means "not given, use the default": the Snippet Generator
 * binds an empty field to {@code null}, and structs leaves out of a snippet every value that equals a
 * default-constructed step's. So the defaults below are applied where the options are read, never stored here;
 * an output is turned off by its explicit {@code no...} switch.
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
    /** The call's id (its page and artifact folder), or {@code null} for the fix version; see {@link AuditIds}. */
    String id;
    String fixVersion;
    List<String> projects;
    String jql;
    Map<String, String> scope;
    // Jira
    /** The name of a Jira site of Manage Jenkins → Release Copilot ({@link SiteResolution}). */
    String jiraSite;
    String jiraUrl;
    Flavor jiraFlavor;
    String jiraCredentialsId;
    String jiraCloudId;
    /** {@code MIRROR}: the issues from the DynamoDB mirror {@code mirrorTable}; {@code null} is the search API. */
    IssueSource jiraSource;
    String mirrorTable;
    String mirrorMaxAge;
    boolean acceptStaleMirror;
    // Bitbucket
    /** The name of a Bitbucket server of Manage Jenkins → Release Copilot ({@link SiteResolution}). */
    String bitbucketServer;
    String bitbucketUrl;
    Flavor bitbucketFlavor;
    String bitbucketCredentialsId;
    String workspace;
    List<String> repos;
    List<String> branches;
    boolean pullRequests;
    // range
    String sinceRef;
    String since;
    String until;
    // local git
    Boolean useWorkspaceGit;
    String gitDir;
    // cache
    String cacheDir;
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
    List<String> ignoreIssueTypes;
    List<String> exemptions;
    String overridesFile;
    boolean markOnlyOnFailure;
    /** Whether the gate may pass on incomplete data (an interrupted fetch); the outputs list it either way. */
    boolean allowIncomplete;
    // outputs
    String json;
    boolean noJson;
    String xlsx;
    boolean noXlsx;
    String summary;
    boolean noSummary;
    String markdown;
    boolean noMarkdown;
    String html;
    boolean noHtml;

    /** Returns the text stripped, or {@code null} when it is null or blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Returns the cleaned value, or the default when it is not given. */
    static String orDefault(String text, String fallback) {
        String value = clean(text);
        return value == null ? fallback : value;
    }
}
