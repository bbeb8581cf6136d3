package io.releasecopilot.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The {@code releaseAudit} Pipeline step. Every parameter is optional and mirrors a flag of {@code rc audit}
 * (help.html, docs/jenkins.md); {@code null} means its default, so a default step has no parameter to print in a
 * snippet (see {@link StepOptions}). Each accessor reads or writes the one {@link StepOptions} the step holds, so no
 * list of settings is copied anywhere; {@link AuditOptionsMapper} maps it to the core. The work is done by
 * {@link ReleaseAuditExecution}.
 */
public final class ReleaseAuditStep extends Step {

    private final StepOptions options = new StepOptions();

    /** Creates the step with every parameter at its default. */
    @DataBoundConstructor
    public ReleaseAuditStep() {
        super();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new ReleaseAuditExecution(options, context);
    }

    /** Returns the parameters. */
    StepOptions options() {
        return options;
    }

    // What to audit

    /** Returns the call's id: its page, its artifact folder; default the fix version. */
    public String getId() {
        return options.id;
    }

    @DataBoundSetter
    public void setId(String value) {
        options.id = StepOptions.clean(value);
    }

    public String getFixVersion() {
        return options.fixVersion;
    }

    @DataBoundSetter
    public void setFixVersion(String value) {
        options.fixVersion = StepOptions.clean(value);
    }

    public List<String> getProjects() {
        return options.projects;
    }

    @DataBoundSetter
    public void setProjects(List<String> value) {
        options.projects = ListParameters.items(value, ListParameters.COMMAS_AND_LINES);
    }

    public String getJql() {
        return options.jql;
    }

    @DataBoundSetter
    public void setJql(String value) {
        options.jql = StepOptions.clean(value);
    }

    public Map<String, String> getScope() {
        return options.scope;
    }

    @DataBoundSetter
    public void setScope(Map<String, String> value) {
        options.scope = ListParameters.pairs(value, "scope");
    }

    // Jira

    public String getJiraSite() {
        return options.jiraSite;
    }

    /** A Jira site of Manage Jenkins → Release Copilot, by name ({@link SiteResolution}). */
    @DataBoundSetter
    public void setJiraSite(String value) {
        options.jiraSite = StepOptions.clean(value);
    }

    public String getJiraUrl() {
        return options.jiraUrl;
    }

    @DataBoundSetter
    public void setJiraUrl(String value) {
        options.jiraUrl = StepOptions.clean(value);
    }

    public Flavor getJiraFlavor() {
        return options.jiraFlavor;
    }

    @DataBoundSetter
    public void setJiraFlavor(Flavor value) {
        options.jiraFlavor = value;
    }

    public String getJiraCredentialsId() {
        return options.jiraCredentialsId;
    }

    @DataBoundSetter
    public void setJiraCredentialsId(String value) {
        options.jiraCredentialsId = StepOptions.clean(value);
    }

    public String getJiraCloudId() {
        return options.jiraCloudId;
    }

    @DataBoundSetter
    public void setJiraCloudId(String value) {
        options.jiraCloudId = StepOptions.clean(value);
    }

    public IssueSource getJiraSource() {
        return options.jiraSource;
    }

    @DataBoundSetter
    public void setJiraSource(IssueSource value) {
        options.jiraSource = value;
    }

    public String getMirrorTable() {
        return options.mirrorTable;
    }

    @DataBoundSetter
    public void setMirrorTable(String value) {
        options.mirrorTable = StepOptions.clean(value);
    }

    public String getMirrorMaxAge() {
        return options.mirrorMaxAge;
    }

    @DataBoundSetter
    public void setMirrorMaxAge(String value) {
        options.mirrorMaxAge = StepOptions.clean(value);
    }

    public boolean isAcceptStaleMirror() {
        return options.acceptStaleMirror;
    }

    @DataBoundSetter
    public void setAcceptStaleMirror(boolean value) {
        options.acceptStaleMirror = value;
    }

    // Bitbucket

    public String getBitbucketServer() {
        return options.bitbucketServer;
    }

    /** A Bitbucket server of Manage Jenkins → Release Copilot, by name ({@link SiteResolution}). */
    @DataBoundSetter
    public void setBitbucketServer(String value) {
        options.bitbucketServer = StepOptions.clean(value);
    }

    public String getBitbucketUrl() {
        return options.bitbucketUrl;
    }

    @DataBoundSetter
    public void setBitbucketUrl(String value) {
        options.bitbucketUrl = StepOptions.clean(value);
    }

    public Flavor getBitbucketFlavor() {
        return options.bitbucketFlavor;
    }

    @DataBoundSetter
    public void setBitbucketFlavor(Flavor value) {
        options.bitbucketFlavor = value;
    }

    public String getBitbucketCredentialsId() {
        return options.bitbucketCredentialsId;
    }

    @DataBoundSetter
    public void setBitbucketCredentialsId(String value) {
        options.bitbucketCredentialsId = StepOptions.clean(value);
    }

    public String getWorkspace() {
        return options.workspace;
    }

    @DataBoundSetter
    public void setWorkspace(String value) {
        options.workspace = StepOptions.clean(value);
    }

    public List<String> getRepos() {
        return options.repos;
    }

    @DataBoundSetter
    public void setRepos(List<String> value) {
        options.repos = ListParameters.items(value, ListParameters.COMMAS_AND_LINES);
    }

    public List<String> getBranches() {
        return options.branches;
    }

    @DataBoundSetter
    public void setBranches(List<String> value) {
        options.branches = ListParameters.items(value, ListParameters.COMMAS_AND_LINES);
    }

    public boolean isPullRequests() {
        return options.pullRequests;
    }

    @DataBoundSetter
    public void setPullRequests(boolean value) {
        options.pullRequests = value;
    }

    // Range

    public String getSinceRef() {
        return options.sinceRef;
    }

    @DataBoundSetter
    public void setSinceRef(String value) {
        options.sinceRef = StepOptions.clean(value);
    }

    public String getSince() {
        return options.since;
    }

    @DataBoundSetter
    public void setSince(String value) {
        options.since = StepOptions.clean(value);
    }

    public String getUntil() {
        return options.until;
    }

    @DataBoundSetter
    public void setUntil(String value) {
        options.until = StepOptions.clean(value);
    }

    // Local git

    public Boolean getUseWorkspaceGit() {
        return options.useWorkspaceGit;
    }

    @DataBoundSetter
    public void setUseWorkspaceGit(Boolean value) {
        options.useWorkspaceGit = value;
    }

    public String getGitDir() {
        return options.gitDir;
    }

    @DataBoundSetter
    public void setGitDir(String value) {
        options.gitDir = StepOptions.clean(value);
    }

    // Cache

    public String getCacheDir() {
        return options.cacheDir;
    }

    @DataBoundSetter
    public void setCacheDir(String value) {
        options.cacheDir = StepOptions.clean(value);
    }

    public boolean isOffline() {
        return options.offline;
    }

    @DataBoundSetter
    public void setOffline(boolean value) {
        options.offline = value;
    }

    public boolean isRefresh() {
        return options.refresh;
    }

    @DataBoundSetter
    public void setRefresh(boolean value) {
        options.refresh = value;
    }

    // AWS

    public String getSecretId() {
        return options.secretId;
    }

    @DataBoundSetter
    public void setSecretId(String value) {
        options.secretId = StepOptions.clean(value);
    }

    public String getRegion() {
        return options.region;
    }

    @DataBoundSetter
    public void setRegion(String value) {
        options.region = StepOptions.clean(value);
    }

    public String getUpload() {
        return options.upload;
    }

    @DataBoundSetter
    public void setUpload(String value) {
        options.upload = StepOptions.clean(value);
    }

    public String getKmsKeyId() {
        return options.kmsKeyId;
    }

    @DataBoundSetter
    public void setKmsKeyId(String value) {
        options.kmsKeyId = StepOptions.clean(value);
    }

    // Gate

    public String getPolicyFile() {
        return options.policyFile;
    }

    @DataBoundSetter
    public void setPolicyFile(String value) {
        options.policyFile = StepOptions.clean(value);
    }

    public Integer getMaxStoriesWithoutCommits() {
        return count("maxStoriesWithoutCommits");
    }

    @DataBoundSetter
    public void setMaxStoriesWithoutCommits(Integer value) {
        limit("maxStoriesWithoutCommits", value);
    }

    public Integer getMaxStoriesRevertedOnly() {
        return count("maxStoriesRevertedOnly");
    }

    @DataBoundSetter
    public void setMaxStoriesRevertedOnly(Integer value) {
        limit("maxStoriesRevertedOnly", value);
    }

    public Integer getMaxStoriesNotDone() {
        return count("maxStoriesNotDone");
    }

    @DataBoundSetter
    public void setMaxStoriesNotDone(Integer value) {
        limit("maxStoriesNotDone", value);
    }

    public Integer getMaxOrphanCommits() {
        return count("maxOrphanCommits");
    }

    @DataBoundSetter
    public void setMaxOrphanCommits(Integer value) {
        limit("maxOrphanCommits", value);
    }

    public Double getMaxOrphanShare() {
        return share("maxOrphanShare");
    }

    @DataBoundSetter
    public void setMaxOrphanShare(Double value) {
        limit("maxOrphanShare", value);
    }

    public Integer getMaxOutOfScopeCommits() {
        return count("maxOutOfScopeCommits");
    }

    @DataBoundSetter
    public void setMaxOutOfScopeCommits(Integer value) {
        limit("maxOutOfScopeCommits", value);
    }

    public Double getMaxOutOfScopeShare() {
        return share("maxOutOfScopeShare");
    }

    @DataBoundSetter
    public void setMaxOutOfScopeShare(Double value) {
        limit("maxOutOfScopeShare", value);
    }

    public Double getMinCoverage() {
        return share("minCoverage");
    }

    @DataBoundSetter
    public void setMinCoverage(Double value) {
        limit("minCoverage", value);
    }

    public Integer getWarnStoriesWithoutCommits() {
        return count("warnStoriesWithoutCommits");
    }

    @DataBoundSetter
    public void setWarnStoriesWithoutCommits(Integer value) {
        limit("warnStoriesWithoutCommits", value);
    }

    public Integer getWarnOrphanCommits() {
        return count("warnOrphanCommits");
    }

    @DataBoundSetter
    public void setWarnOrphanCommits(Integer value) {
        limit("warnOrphanCommits", value);
    }

    public Integer getWarnOutOfScopeCommits() {
        return count("warnOutOfScopeCommits");
    }

    @DataBoundSetter
    public void setWarnOutOfScopeCommits(Integer value) {
        limit("warnOutOfScopeCommits", value);
    }

    public Double getWarnCoverage() {
        return share("warnCoverage");
    }

    @DataBoundSetter
    public void setWarnCoverage(Double value) {
        limit("warnCoverage", value);
    }

    public List<String> getIgnoreIssueTypes() {
        return options.ignoreIssueTypes;
    }

    @DataBoundSetter
    public void setIgnoreIssueTypes(List<String> value) {
        options.ignoreIssueTypes = ListParameters.items(value, ListParameters.COMMAS_AND_LINES);
    }

    public List<String> getExemptions() {
        return options.exemptions;
    }

    @DataBoundSetter
    public void setExemptions(List<String> value) {
        options.exemptions = ListParameters.items(value, ListParameters.LINES);
    }

    public String getOverridesFile() {
        return options.overridesFile;
    }

    @DataBoundSetter
    public void setOverridesFile(String value) {
        options.overridesFile = StepOptions.clean(value);
    }

    public boolean isMarkOnlyOnFailure() {
        return options.markOnlyOnFailure;
    }

    @DataBoundSetter
    public void setMarkOnlyOnFailure(boolean value) {
        options.markOnlyOnFailure = value;
    }

    public boolean isAllowIncomplete() {
        return options.allowIncomplete;
    }

    @DataBoundSetter
    public void setAllowIncomplete(boolean value) {
        options.allowIncomplete = value;
    }

    // Outputs

    public String getJson() {
        return options.json;
    }

    @DataBoundSetter
    public void setJson(String value) {
        options.json = StepOptions.clean(value);
    }

    public boolean isNoJson() {
        return options.noJson;
    }

    @DataBoundSetter
    public void setNoJson(boolean value) {
        options.noJson = value;
    }

    public String getXlsx() {
        return options.xlsx;
    }

    @DataBoundSetter
    public void setXlsx(String value) {
        options.xlsx = StepOptions.clean(value);
    }

    public boolean isNoXlsx() {
        return options.noXlsx;
    }

    @DataBoundSetter
    public void setNoXlsx(boolean value) {
        options.noXlsx = value;
    }

    public String getSummary() {
        return options.summary;
    }

    @DataBoundSetter
    public void setSummary(String value) {
        options.summary = StepOptions.clean(value);
    }

    public boolean isNoSummary() {
        return options.noSummary;
    }

    @DataBoundSetter
    public void setNoSummary(boolean value) {
        options.noSummary = value;
    }

    public String getMarkdown() {
        return options.markdown;
    }

    @DataBoundSetter
    public void setMarkdown(String value) {
        options.markdown = StepOptions.clean(value);
    }

    public boolean isNoMarkdown() {
        return options.noMarkdown;
    }

    @DataBoundSetter
    public void setNoMarkdown(boolean value) {
        options.noMarkdown = value;
    }

    public String getHtml() {
        return options.html;
    }

    @DataBoundSetter
    public void setHtml(String value) {
        options.html = StepOptions.clean(value);
    }

    public boolean isNoHtml() {
        return options.noHtml;
    }

    @DataBoundSetter
    public void setNoHtml(boolean value) {
        options.noHtml = value;
    }

    private Integer count(String parameter) {
        Double value = options.limits.get(parameter);
        return value == null ? null : value.intValue();
    }

    private Double share(String parameter) {
        return options.limits.get(parameter);
    }

    private void limit(String parameter, Number value) {
        if (value == null) {
            options.limits.remove(parameter);
        } else {
            options.limits.put(parameter, value.doubleValue());
        }
    }

    /** Describes the step; nested so that Jenkins infers the step class. The forms are in the superclass. */
    @Extension
    public static final class DescriptorImpl extends ReleaseAuditDescriptorBase {

        /** Creates the descriptor with the real Jenkins behind it. */
        public DescriptorImpl() {
            super(new JenkinsFacade());
        }

        DescriptorImpl(JenkinsFacade jenkins) {
            super(jenkins);
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FilePath.class, Launcher.class, FlowNode.class, EnvVars.class);
        }
    }
}
