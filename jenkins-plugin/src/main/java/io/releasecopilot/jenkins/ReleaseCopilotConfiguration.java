package io.releasecopilot.jenkins;

import hudson.Extension;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * Manage Jenkins → System → Release Copilot: the Jira sites and Bitbucket servers steps select by name (or the one
 * marked default), and the default policy. Stored in {@code JENKINS_HOME/io.releasecopilot.jenkins.
 * ReleaseCopilotConfiguration.xml}; every property is data-bound, so Configuration as Code sets it under
 * {@code unclassified: releaseCopilot:} with no code of its own (docs/jenkins.md). {@link SiteResolution} applies
 * it to a step.
 */
@Extension
@Symbol("releaseCopilot")
public class ReleaseCopilotConfiguration extends GlobalConfiguration {

    private List<JiraSite> jiraSites = new ArrayList<>();
    private List<BitbucketServer> bitbucketServers = new ArrayList<>();
    private String defaultPolicyFile;
    private String defaultPolicyYaml;

    /** Reads the stored configuration, if any. */
    public ReleaseCopilotConfiguration() {
        load();
    }

    /** Creates an empty configuration that reads nothing when {@code stored} is false (tests). */
    ReleaseCopilotConfiguration(boolean stored) {
        if (stored) {
            load();
        }
    }

    /** Returns the configuration of the running Jenkins. */
    public static ReleaseCopilotConfiguration get() {
        return Jenkins.get().getDescriptorByType(ReleaseCopilotConfiguration.class);
    }

    @Override
    public String getDisplayName() {
        return "Release Copilot";
    }

    /** Applies the form: an entry list left empty on the form clears it. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) {
        jiraSites = new ArrayList<>();
        bitbucketServers = new ArrayList<>();
        defaultPolicyFile = null;
        defaultPolicyYaml = null;
        req.bindJSON(this, json);
        save();
        return true;
    }

    public List<JiraSite> getJiraSites() {
        return jiraSites;
    }

    @DataBoundSetter
    public void setJiraSites(List<JiraSite> jiraSites) {
        this.jiraSites = jiraSites == null ? new ArrayList<>() : new ArrayList<>(jiraSites);
    }

    public List<BitbucketServer> getBitbucketServers() {
        return bitbucketServers;
    }

    @DataBoundSetter
    public void setBitbucketServers(List<BitbucketServer> bitbucketServers) {
        this.bitbucketServers = bitbucketServers == null ? new ArrayList<>() : new ArrayList<>(bitbucketServers);
    }

    public String getDefaultPolicyFile() {
        return defaultPolicyFile;
    }

    /** The policy file, relative to the workspace, of a step that sets no {@code policyFile}. */
    @DataBoundSetter
    public void setDefaultPolicyFile(String defaultPolicyFile) {
        this.defaultPolicyFile = StepOptions.clean(defaultPolicyFile);
    }

    public String getDefaultPolicyYaml() {
        return defaultPolicyYaml;
    }

    /** The policy itself, as YAML, for a step that sets no {@code policyFile} when no default file is set. */
    @DataBoundSetter
    public void setDefaultPolicyYaml(String defaultPolicyYaml) {
        this.defaultPolicyYaml = defaultPolicyYaml == null || defaultPolicyYaml.isBlank() ? null : defaultPolicyYaml;
    }
}
