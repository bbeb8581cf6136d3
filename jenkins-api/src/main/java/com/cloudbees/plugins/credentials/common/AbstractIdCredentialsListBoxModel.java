package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

/** A drop-down list of credential ids; the builder methods return this erased type, not {@code T}. */
public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>,
        C extends IdCredentials> extends ListBoxModel {

    /** Creates an empty list. */
    public AbstractIdCredentialsListBoxModel() {
    }

    /** Describes one credential in the list. */
    protected abstract String describe(C c);

    /** Adds the empty choice. */
    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Adds the matching credentials the current user may see in the item's context. */
    public AbstractIdCredentialsListBoxModel<T, C> includeMatching(Item context, Class<? extends C> type,
            List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /**
     * Adds the matching credentials visible to {@code authentication} in the item's context, or in Jenkins itself
     * when {@code context} is {@code null}.
     */
    public AbstractIdCredentialsListBoxModel<T, C> includeMatchingAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements, CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Keeps the current value selectable even when the user may not see it. */
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
