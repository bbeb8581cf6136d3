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
 * A Bitbucket server (or Bitbucket Cloud) of Manage Jenkins → Release Copilot: a step selects it with
 * {@code bitbucketServer: 'name'}, or gets the one marked default when it names none and sets no
 * {@code bitbucketUrl}. Data-bound, so Configuration as Code binds it. Its flavor is Cloud (REST 2.0) or Data
 * Center (REST 1.0); its credential a username/password (user and app password or API token) or secret text
 * (access token).
 */
public final class BitbucketServer extends SiteEntry<BitbucketServer> {

    private String workspace;
    private boolean defaultServer;

    /**
     * @param name what steps call the server
     * @param url  the server's base URL
     */
    @DataBoundConstructor
    public BitbucketServer(String name, String url) {
        super(name, url);
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
        return o instanceof BitbucketServer s && sameEntry(s) && Objects.equals(workspace, s.workspace)
                && defaultServer == s.defaultServer;
    }

    @Override
    public int hashCode() {
        return hash(workspace, defaultServer);
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
