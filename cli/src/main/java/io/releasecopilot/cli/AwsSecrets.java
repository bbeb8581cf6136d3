package io.releasecopilot.cli;

import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.AwsSettings;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.common.SecretValue;
import io.releasecopilot.config.ConfigLookup;
import io.releasecopilot.config.SecretResolver;

/**
 * Secrets Manager for a command, its client built on the first read from the region and endpoint the
 * configuration names. Commands hold it as a {@link SecretResolver}, so loading a command loads no AWS class.
 */
final class AwsSecrets implements SecretResolver, AutoCloseable {

    private final ConfigLookup config;
    private AwsClients clients;

    AwsSecrets(ConfigLookup config) {
        this.config = config;
    }

    @Override
    public synchronized SecretValue fetch(String secretId) {
        if (clients == null) {
            clients = new AwsClients(AwsSettings.from(config), new StandardHttpClients());
        }
        return SecretsManagerResolver.of(clients).fetch(secretId);
    }

    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
