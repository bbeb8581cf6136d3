package io.releasecopilot.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import io.releasecopilot.common.UsageException;
import hudson.model.Descriptor.FormException;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * The descriptor of {@code releaseAudit}: its Pipeline name, the Snippet Generator's form binding
 * ({@link StepForm}) and its drop-downs and checks. Every {@code doFill}/{@code doCheck} method answers POST only
 * and checks the user's permission in the item first (through {@link JenkinsFacade}): without it, a drop-down
 * shows only the current value and a check says nothing. Credentials are listed as the job's builds run
 * ({@link JenkinsFacade#lookupAs}), the way the credentials plugin documents for its {@code <c:select>} control,
 * so global and folder credentials are offered too.
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

    /**
     * Binds the submitted Snippet Generator form: blank fields keep their defaults and the scope text becomes the
     * scope map (see {@link StepForm}).
     */
    @Override
    public Step newInstance(StaplerRequest2 req, JSONObject formData) throws FormException {
        Map<String, String> scope;
        try {
            scope = StepForm.prepare(formData);
        } catch (UsageException e) {
            throw new FormException(e.getMessage(), StepForm.SCOPE);
        }
        Step step = super.newInstance(req, formData);
        if (step instanceof ReleaseAuditStep audit) {
            audit.setScope(scope);
        }
        return step;
    }

    /** Returns a list parameter as its form text box shows it: the items separated by commas. */
    public String itemsText(List<?> items) {
        return items == null ? "" : String.join(", ", items.stream().map(String::valueOf).toList());
    }

    /** Returns a list or map parameter as its form text area shows it: one item, or {@code KEY=VALUE}, a line. */
    public String linesText(Object value) {
        if (value instanceof Map<?, ?> map) {
            return String.join("\n", map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
        return value instanceof List<?> items
                ? String.join("\n", items.stream().map(String::valueOf).toList()) : "";
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

    /** Checks that the Jira credentials id names a credential the job can use. */
    @POST
    public FormValidation doCheckJiraCredentialsId(@AncestorInPath Item item, @QueryParameter String jiraUrl,
            @QueryParameter String value) {
        return checkCredentials(item, jiraUrl, value);
    }

    /** Checks that the Bitbucket credentials id names a credential the job can use. */
    @POST
    public FormValidation doCheckBitbucketCredentialsId(@AncestorInPath Item item,
            @QueryParameter String bitbucketUrl, @QueryParameter String value) {
        return checkCredentials(item, bitbucketUrl, value);
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
        String value = current == null ? "" : current;
        if (!jenkins.mayListCredentials(item)) {
            model.includeCurrentValue(value);
            return model;
        }
        model.includeEmptyValue();
        model.includeMatchingAs(jenkins.lookupAs(item), item, StandardCredentials.class,
                URIRequirementBuilder.fromUri(StepOptions.clean(url)).build(), usable());
        model.includeCurrentValue(value);
        return model;
    }

    private FormValidation checkCredentials(Item item, String url, String value) {
        String id = StepOptions.clean(value);
        if (!jenkins.mayListCredentials(item) || id == null) {
            return FormValidation.ok();
        }
        StandardListBoxModel found = new StandardListBoxModel();
        found.includeMatchingAs(jenkins.lookupAs(item), item, StandardCredentials.class,
                URIRequirementBuilder.fromUri(StepOptions.clean(url)).build(),
                CredentialsMatchers.allOf(usable(), CredentialsMatchers.withId(id)));
        return found.isEmpty() ? FormValidation.error(notFound(id)) : FormValidation.ok();
    }

    /** The message of a credentials id that does not resolve. */
    static String notFound(String id) {
        return "No 'Username with password' or 'Secret text' credentials with id '" + id
                + "' that this job can use (for this URL).";
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
