package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Run;
import hudson.security.Permission;
import java.util.List;

/** Looks credentials up; every lookup is static. */
public abstract class CredentialsProvider {

    /** Permission to use credentials in an item's context. */
    public static final Permission USE_ITEM = null;

    private CredentialsProvider() {
    }

    /** Finds a credential by id as the build may use it, or {@code null}. */
    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Records that the build used the credential (shown under the credential's usage). */
    @SuppressWarnings("rawtypes")
    public static <C extends Credentials> C track(Run build, C credentials) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
