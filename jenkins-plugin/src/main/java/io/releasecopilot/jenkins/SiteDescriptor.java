package io.releasecopilot.jenkins;

import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;

/**
 * What the Jira site and Bitbucket server entries of Manage Jenkins → Release Copilot share: the URL check and the
 * credentials drop-down and check. Each answers POST only, and only to an administrator: for anyone else a
 * drop-down shows only the current value and a check says nothing.
 */
abstract class SiteDescriptor<T extends Describable<T>> extends Descriptor<T> {

    private final JenkinsFacade jenkins;

    SiteDescriptor(JenkinsFacade jenkins) {
        this.jenkins = jenkins;
    }

    FormValidation checkName(String value) {
        if (!mayAdminister()) {
            return FormValidation.ok();
        }
        return StepOptions.clean(value) == null ? FormValidation.error("A name is required: steps select the entry "
                + "by it.") : FormValidation.ok();
    }

    FormValidation checkUrl(String value) {
        if (!mayAdminister()) {
            return FormValidation.ok();
        }
        return StepOptions.clean(value) == null ? FormValidation.error("A base URL is required.")
                : ReleaseAuditDescriptorBase.url(value);
    }

    ListBoxModel fillCredentials(String url, String current) {
        if (!mayAdminister()) {
            ListBoxModel model = new ListBoxModel();
            if (StepOptions.clean(current) != null) {
                model.add(current, current);
            }
            return model;
        }
        return jenkins.systemCredentials(url, current);
    }

    /** Says when the id names no username/password or secret text credential of the global store. */
    FormValidation checkCredentials(String url, String value) {
        String id = StepOptions.clean(value);
        if (!mayAdminister() || id == null) {
            return FormValidation.ok();
        }
        boolean found = jenkins.systemCredentials(url, null).stream()
                .anyMatch(option -> id.equals(option.value));
        return found ? FormValidation.ok() : FormValidation.warning("No username/password or secret text "
                + "credential with the id '" + id + "' in the global credentials.");
    }

    private boolean mayAdminister() {
        return jenkins.hasGlobalPermission(Jenkins.ADMINISTER);
    }
}
