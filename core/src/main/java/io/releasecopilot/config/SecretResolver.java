package io.releasecopilot.config;

import io.releasecopilot.common.SecretValue;

/**
 * Reads one secret from a secret store by its id. The AWS module implements it with Secrets Manager; the
 * configuration calls it only after all levels are merged, with the ids that won.
 */
@FunctionalInterface
public interface SecretResolver {

    /**
     * Returns the secret's text (for Secrets Manager, its {@code SecretString}).
     *
     * @throws SecretException naming the id and the store's error code, never a value
     */
    SecretValue fetch(String secretId);
}
