package io.releasecopilot.jenkins;

import hudson.Extension;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Objects;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * A Jira site of Manage Jenkins → Release Copilot: a step selects it with {@code jiraSite: 'name'}, or gets the one
 * marked default when it names none and sets no {@code jiraUrl}. Data-bound, so Configuration as Code binds it.
 * Its flavor is Cloud (REST v3) or Data Center (REST v2); its credential a username/password (email and API token)
 * or secret text (bearer token).
 */
public final class JiraSite extends SiteEntry<JiraSite> {

    private String cloudId;
    private boolean defaultSite;

    /**
     * @param name what steps call the site
     * @param url  the site's base URL
     */
    @DataBoundConstructor
    public JiraSite(String name, String url) {
        super(name, url);
    }

    public String getCloudId() {
        return cloudId;
    }

    /** The Atlassian cloud id, for a scoped API token that calls {@code api.atlassian.com}. */
    @DataBoundSetter
    public void setCloudId(String cloudId) {
        this.cloudId = StepOptions.clean(cloudId);
    }

    public boolean isDefaultSite() {
        return defaultSite;
    }

    /** Whether a step that names no site and sets no {@code jiraUrl} uses this one. */
    @DataBoundSetter
    public void setDefaultSite(boolean defaultSite) {
        this.defaultSite = defaultSite;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JiraSite s && sameEntry(s) && Objects.equals(cloudId, s.cloudId)
                && defaultSite == s.defaultSite;
    }

    @Override
    public int hashCode() {
        return hash(cloudId, defaultSite);
    }

    /** The entry's form checks and credentials drop-down. */
    @Extension
    public static final class DescriptorImpl extends SiteDescriptor<JiraSite> {

        public DescriptorImpl() {
            this(new JenkinsFacade());
        }

        DescriptorImpl(JenkinsFacade jenkins) {
            super(jenkins);
        }

        @Override
        public String getDisplayName() {
            return "Jira site";
        }

        @POST
        public FormValidation doCheckName(@QueryParameter String value) {
            return checkName(value);
        }

        @POST
        public FormValidation doCheckUrl(@QueryParameter String value) {
            return checkUrl(value);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String url,
                @QueryParameter String credentialsId) {
            return fillCredentials(url, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@QueryParameter String url, @QueryParameter String value) {
            return checkCredentials(url, value);
        }
    }
}
