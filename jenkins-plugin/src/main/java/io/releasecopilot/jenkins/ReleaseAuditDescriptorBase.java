package io.releasecopilot.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of {@code releaseAudit}: its Pipeline name and the Snippet Generator's drop-downs and checks.
 * Every {@code doFill}/{@code doCheck} method answers POST only and checks the user's permission in the item
 * first (through {@link JenkinsFacade}): without it, a drop-down shows only the current value and a check says
 * nothing.
 */
public abstract class ReleaseAuditDescriptorBase extends StepDescriptor {

    private final JenkinsFacade jenkins;

    ReleaseAuditDescriptorBase(JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    @Override
    public String getFunctionName() {
        return "releaseAudit";
    }

    @Override
    public String getDisplayName() {
        return "Release audit: Jira fix version against the commits that ship";
    }

    /** Lists the Jira credentials (username/password or secret text) the user may pick. */
    @POST
    public ListBoxModel doFillJiraCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String jiraUrl,
            @QueryParameter String jiraCredentialsId) {
        return credentials(item, jiraUrl, jiraCredentialsId);
    }

    /** Lists the Bitbucket credentials (username/password or secret text) the user may pick. */
    @POST
    public ListBoxModel doFillBitbucketCredentialsIdItems(@AncestorInPath Item item,
            @QueryParameter String bitbucketUrl, @QueryParameter String bitbucketCredentialsId) {
        return credentials(item, bitbucketUrl, bitbucketCredentialsId);
    }

    /** Checks the Jira base URL. */
    @POST
    public FormValidation doCheckJiraUrl(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? url(value) : FormValidation.ok();
    }

    /** Checks the Bitbucket base URL. */
    @POST
    public FormValidation doCheckBitbucketUrl(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? url(value) : FormValidation.ok();
    }

    /** Checks the minimum coverage, a share. */
    @POST
    public FormValidation doCheckMinCoverage(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? share(value) : FormValidation.ok();
    }

    /** Checks the WARN coverage, a share. */
    @POST
    public FormValidation doCheckWarnCoverage(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? share(value) : FormValidation.ok();
    }

    /** Checks the maximum share of orphan commits. */
    @POST
    public FormValidation doCheckMaxOrphanShare(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? share(value) : FormValidation.ok();
    }

    /** Checks the maximum share of out-of-scope commits. */
    @POST
    public FormValidation doCheckMaxOutOfScopeShare(@AncestorInPath Item item, @QueryParameter String value) {
        return jenkins.mayConfigure(item) ? share(value) : FormValidation.ok();
    }

    private ListBoxModel credentials(Item item, String url, String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!jenkins.mayListCredentials(item)) {
            model.includeCurrentValue(current);
            return model;
        }
        model.includeEmptyValue();
        model.includeMatching(item, StandardCredentials.class,
                URIRequirementBuilder.fromUri(StepOptions.clean(url)).build(), usable());
        model.includeCurrentValue(current);
        return model;
    }

    /** Matches the kinds of credentials the step reads: username/password and secret text. */
    private static CredentialsMatcher usable() {
        return CredentialsMatchers.anyOf(
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                CredentialsMatchers.instanceOf(StringCredentials.class));
    }

    static FormValidation url(String value) {
        String text = StepOptions.clean(value);
        if (text == null) {
            return FormValidation.ok();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !scheme.equals("https") && !scheme.equals("http")) {
                return FormValidation.error("Not an http(s) URL with a host: " + text);
            }
            return scheme.equals("http")
                    ? FormValidation.warning("Plain http sends the credentials unencrypted; use https.")
                    : FormValidation.ok();
        } catch (URISyntaxException e) {
            return FormValidation.error("Not a URL: " + e.getMessage());
        }
    }

    static FormValidation share(String value) {
        String text = StepOptions.clean(value);
        if (text == null) {
            return FormValidation.ok();
        }
        try {
            double share = Double.parseDouble(text);
            return share >= 0 && share <= 1 ? FormValidation.ok()
                    : FormValidation.error("A share between 0 and 1, such as 0.9 for 90 %.");
        } catch (NumberFormatException e) {
            return FormValidation.error("Not a number: " + text);
        }
    }
}
