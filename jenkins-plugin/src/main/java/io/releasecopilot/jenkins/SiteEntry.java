package io.releasecopilot.jenkins;

import hudson.model.AbstractDescribableImpl;
import java.util.Objects;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * What a Jira site and a Bitbucket server of Manage Jenkins → Release Copilot share: the name steps select it by,
 * the base URL, the flavor and the credentials id. Each subclass keeps its own data-bound constructor, its own
 * properties and its view; the setters here are data-bound for both, so Configuration as Code binds them.
 *
 * @param <T> the entry's own type
 */
public abstract class SiteEntry<T extends SiteEntry<T>> extends AbstractDescribableImpl<T> {

    private final String name;
    private final String url;
    private Flavor flavor = Flavor.CLOUD;
    private String credentialsId;

    SiteEntry(String name, String url) {
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

    /** Cloud or Data Center; Cloud when not set. */
    @DataBoundSetter
    public void setFlavor(Flavor flavor) {
        this.flavor = flavor == null ? Flavor.CLOUD : flavor;
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    /** The id of a global username/password or secret text credential (help-credentialsId.html says which). */
    @DataBoundSetter
    public void setCredentialsId(String credentialsId) {
        this.credentialsId = StepOptions.clean(credentialsId);
    }

    /** Whether the shared properties of the two entries are equal. */
    final boolean sameEntry(SiteEntry<?> other) {
        return Objects.equals(name, other.name) && Objects.equals(url, other.url) && flavor == other.flavor
                && Objects.equals(credentialsId, other.credentialsId);
    }

    /** The hash of the shared properties followed by the subclass's own. */
    final int hash(Object... own) {
        return 31 * Objects.hash(name, url, flavor, credentialsId) + Objects.hash(own);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " " + name + " " + url;
    }
}
