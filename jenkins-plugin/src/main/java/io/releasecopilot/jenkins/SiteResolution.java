package io.releasecopilot.jenkins;

import hudson.AbortException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies Manage Jenkins → Release Copilot to one step, on the controller before the audit starts. The Jira site is
 * the one the step names ({@code jiraSite}), else the one marked default when the step sets no {@code jiraUrl}
 * itself (so a default site's credentials never go to a URL the step chose); the same for the Bitbucket server.
 * A parameter the step sets wins over the site's value. The policy: the step's {@code policyFile}, else the
 * default file, else the default inline YAML. The step's own options are left as they are.
 */
final class SiteResolution {

    private SiteResolution() {
    }

    /**
     * Returns a copy of the options with the configuration applied.
     *
     * @throws AbortException one line naming the site or server a step asked for that is not configured
     */
    static StepOptions resolve(StepOptions step, ReleaseCopilotConfiguration config) throws AbortException {
        StepOptions o = copy(step);
        JiraSite jira = select("jiraSite", o.jiraSite, o.jiraUrl, config.getJiraSites(), JiraSite::getName,
                JiraSite::isDefaultSite);
        if (jira != null) {
            o.jiraUrl = or(o.jiraUrl, jira.getUrl());
            o.jiraFlavor = o.jiraFlavor != null ? o.jiraFlavor : jira.getFlavor();
            o.jiraCredentialsId = or(o.jiraCredentialsId, jira.getCredentialsId());
            o.jiraCloudId = or(o.jiraCloudId, jira.getCloudId());
        }
        BitbucketServer bitbucket = select("bitbucketServer", o.bitbucketServer, o.bitbucketUrl,
                config.getBitbucketServers(), BitbucketServer::getName, BitbucketServer::isDefaultServer);
        if (bitbucket != null) {
            o.bitbucketUrl = or(o.bitbucketUrl, bitbucket.getUrl());
            o.bitbucketFlavor = o.bitbucketFlavor != null ? o.bitbucketFlavor : bitbucket.getFlavor();
            o.bitbucketCredentialsId = or(o.bitbucketCredentialsId, bitbucket.getCredentialsId());
            o.workspace = or(o.workspace, bitbucket.getWorkspace());
        }
        if (StepOptions.clean(o.policyFile) == null) {
            o.policyFile = config.getDefaultPolicyFile();
            o.policyYaml = o.policyFile == null ? config.getDefaultPolicyYaml() : null;
        }
        return o;
    }

    private static <T> T select(String parameter, String name, String url, List<T> entries,
            Function<T, String> nameOf, Predicate<T> isDefault) throws AbortException {
        String wanted = StepOptions.clean(name);
        if (wanted == null) {
            return StepOptions.clean(url) != null ? null
                    : entries.stream().filter(isDefault).findFirst().orElse(null);
        }
        return entries.stream().filter(entry -> wanted.equals(nameOf.apply(entry))).findFirst()
                .orElseThrow(() -> new AbortException(AuditStepRunner.PREFIX + parameter + " '" + wanted
                        + "' is not configured in Manage Jenkins > System > Release Copilot (configured: "
                        + String.join(", ", entries.stream().map(nameOf).toList()) + ")"));
    }

    private static String or(String stepValue, String siteValue) {
        String value = StepOptions.clean(stepValue);
        return value != null ? value : siteValue;
    }

    /** A deep copy: the options are plain serializable fields. */
    private static StepOptions copy(StepOptions options) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(options);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (StepOptions) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
