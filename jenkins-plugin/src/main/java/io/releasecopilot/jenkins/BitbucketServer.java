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
 * A Bitbucket server (or Bitbucket Cloud) of Manage Jenkins → Release Copilot: a step selects it with
 * {@code bitbucketServer: 'name'}, or gets the one marked default when it names none and sets no
 * {@code bitbucketUrl}. Data-bound, so Configuration as Code binds it.
 */
public final class BitbucketServer extends AbstractDescribableImpl<BitbucketServer> {

    private final String name;
    private final String url;
    private Flavor flavor = Flavor.CLOUD;
    private String credentialsId;
    private String workspace;
    private boolean defaultServer;

    /**
     * @param name what steps call the server
     * @param url  the server's base URL
     */
    @DataBoundConstructor
    public BitbucketServer(String name, String url) {
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

    /** Cloud (REST 2.0) or Data Center (REST 1.0); Cloud when not set. */
    @DataBoundSetter
    public void setFlavor(Flavor flavor) {
        this.flavor = flavor == null ? Flavor.CLOUD : flavor;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /**
     * The id of a global username/password (user and app password or API token) or secret text (access token)
     * credential.
     */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = StepOptions.clean(credentialsId);
    }

    public String getWorkspace() {
        return workspace;
    }

    /** The default workspace (Cloud) or project key (Data Center) when a step sets no {@code workspace}. */
    @DataBoundSetter
    public void setWorkspace(String workspace) {
        this.workspace = StepOptions.clean(workspace);
    }

    public boolean isDefaultServer() {
        return defaultServer;
    }

    /** Whether a step that names no server and sets no {@code bitbucketUrl} uses this one. */
    @DataBoundSetter
    public void setDefaultServer(boolean defaultServer) {
        this.defaultServer = defaultServer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitbucketServer s && Objects.equals(name, s.name) && Objects.equals(url, s.url)
                && flavor == s.flavor && Objects.equals(credentialsId, s.credentialsId)
                && Objects.equals(workspace, s.workspace) && defaultServer == s.defaultServer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, url, flavor, credentialsId, workspace, defaultServer);
    }

    @Override
    public String toString() {
        return "BitbucketServer " + name + " " + url;
    }

    /** The entry's form checks and credentials drop-down. */
    @Extension
    public static final class DescriptorImpl extends SiteDescriptor<BitbucketServer> {

        public DescriptorImpl() {
            this(new JenkinsFacade());
        }

        DescriptorImpl(JenkinsFacade jenkins) {
            super(jenkins);
        }

        @Override
        public String getDisplayName() {
            return "Bitbucket server";
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
