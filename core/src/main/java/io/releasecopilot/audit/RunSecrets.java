package io.releasecopilot.audit;

import io.releasecopilot.common.SecretMask;
import io.releasecopilot.config.Names;
import io.releasecopilot.http.CredentialSource;
import java.util.List;
import java.util.Optional;

/**
 * Feeds a run's {@link SecretMask} with every credential configured for any source (docs/aws.md, "Names"), used or
 * not, and the logins Basic authentication pairs them with, before the first request: an error body of one
 * source that quotes another source's token is masked too.
 */
final class RunSecrets {

    /** The settings that name a user for Basic authentication. */
    static final List<String> LOGINS = List.of("JIRA_EMAIL", "BITBUCKET_EMAIL", "BITBUCKET_USERNAME");

    private RunSecrets() {
    }

    /** Adds the credentials {@code credentials} holds to {@code secrets}; returns {@code secrets}. */
    static SecretMask feed(SecretMask secrets, CredentialSource credentials) {
        for (Names.Name name : Names.all()) {
            if (name.secret()) {
                lookup(credentials, name.name()).ifPresent(secrets::add);
            }
        }
        LOGINS.forEach(login -> lookup(credentials, login).ifPresent(secrets::addLogin));
        return secrets;
    }

    /**
     * A value, or empty when it cannot be read: a secret store that fails here fails again, with its own clear
     * message, when the source resolves the credential it needs.
     */
    private static Optional<String> lookup(CredentialSource credentials, String name) {
        try {
            return credentials.value(name);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
