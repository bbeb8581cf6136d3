package io.releasecopilot.jenkins;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import hudson.Functions;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.security.Permission;
import hudson.util.ListBoxModel;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * Every call to the running Jenkins ({@code Jenkins.get()}) and every permission check of the plugin, in one
 * class, so tests can replace it with a subclass.
 */
class JenkinsFacade {

    /** Returns whether the current user has the permission on Jenkins itself. */
    boolean hasGlobalPermission(Permission permission) {
        return Jenkins.get().hasPermission(permission);
    }

    /** Returns the configured root URL with a trailing slash, or the empty string when none is configured. */
    String rootUrl() {
        String root = Jenkins.get().getRootUrl();
        return root == null ? "" : root;
    }

    /** Whether the current user may see the credential ids usable in the item (or globally, outside any item). */
    boolean mayListCredentials(Item item) {
        if (item == null) {
            return hasGlobalPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    /**
     * Returns who credentials are looked up as for the item: the identity its builds run as when it is a job,
     * else Jenkins itself (credentials plugin, docs/consumer.adoc). The current user's own identity would see no
     * global or folder credentials.
     */
    Authentication lookupAs(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    /** Whether the current user may configure the item (or Jenkins, outside any item). */
    boolean mayConfigure(Item item) {
        return item == null ? hasGlobalPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
    }

    /**
     * Whether the current user may see the build's archived files: what {@code Run.doArtifact} checks, so every
     * endpoint and view that shows report data from them checks the same. An action not attached to a build
     * ({@code null}) has no files to show.
     */
    boolean mayReadArtifacts(Run<?, ?> run) {
        return run == null || !Functions.isArtifactsPermissionEnabled() || run.hasPermission(Run.ARTIFACTS);
    }

    /** Whether the current user may see the job (its builds' figures). */
    boolean mayRead(Job<?, ?> job) {
        return job.hasPermission(Item.READ);
    }

    /**
     * Lists the username/password and secret text credentials of Jenkins' own and global stores, looked up as
     * SYSTEM (the only way those stores answer), with an empty choice first and the current value kept; for
     * administrators only.
     */
    ListBoxModel systemCredentials(String url, String current) {
        CredentialsMatcher matcher = CredentialsMatchers.anyOf(
                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
                CredentialsMatchers.instanceOf(StringCredentials.class));
        StandardListBoxModel model = new StandardListBoxModel();
        model.includeEmptyValue();
        model.includeMatchingAs(ACL.SYSTEM2, (Item) null, StandardCredentials.class,
                URIRequirementBuilder.fromUri(StepOptions.clean(url)).build(), matcher);
        if (current != null) {
            model.includeCurrentValue(current);
        }
        return model;
    }
}
