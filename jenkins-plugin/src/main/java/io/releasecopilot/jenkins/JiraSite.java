package io.releasecopilot.jenkins;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
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
 */
public final class JiraSite extends AbstractDescribableImpl<JiraSite> {

    private final String name;
    private final String url;
    private Flavor flavor = Flavor.CLOUD;
    private String credentialsId;
    private String cloudId;
    private boolean defaultSite;

    /**
     * @param name what steps call the site
     * @param url  the site's base URL
     */
    @DataBoundConstructor
    public JiraSite(String name, String url) {
        this.name = StepOptions.clean(name);
        this.url = StepOptions.clean(url);
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public Flavor getFlavor() {
        return flavor;
    }

    /** Cloud (REST v3) or Data Center (REST v2); Cloud when not set. */
    @DataBoundSetter
    public void setFlavor(Flavor flavor) {
        this.flavor = flavor == null ? Flavor.CLOUD : flavor;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** The id of a global username/password (email and API token) or secret text (bearer token) credential. */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = StepOptions.clean(credentialsId);
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
        return o instanceof JiraSite s && Objects.equals(name, s.name) && Objects.equals(url, s.url)
                && flavor == s.flavor && Objects.equals(credentialsId, s.credentialsId)
                && Objects.equals(cloudId, s.cloudId) && defaultSite == s.defaultSite;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, url, flavor, credentialsId, cloudId, defaultSite);
    }

    @Override
    public String toString() {
        return "JiraSite " + name + " " + url;
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
