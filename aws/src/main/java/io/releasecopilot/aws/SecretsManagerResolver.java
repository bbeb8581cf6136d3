package io.releasecopilot.aws;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.config.SecretException;
import io.releasecopilot.config.SecretResolver;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Reads secrets with Secrets Manager {@code GetSecretValue} (the secret's current version). A failure is a
 * {@link SecretException} that names the secret id and the AWS error code; never the value.
 */
public final class SecretsManagerResolver implements SecretResolver {

    private final Supplier<SecretsManagerClient> client;

    /** Reads through the client that {@code client} supplies on first use. */
    public SecretsManagerResolver(Supplier<SecretsManagerClient> client) {
        this.client = client;
    }

    /** Reads through the Secrets Manager client of {@code clients}. */
    public static SecretsManagerResolver of(AwsClients clients) {
        return new SecretsManagerResolver(clients::secretsManager);
    }

    @Override
    public SecretValue fetch(String secretId) {
        GetSecretValueResponse response;
        try {
            response = client.get().getSecretValue(request -> request.secretId(secretId));
        } catch (SdkException e) {
            throw new SecretException(secretId, AwsErrors.code(e), AwsErrors.detail(e));
        }
        if (response.secretString() == null) {
            throw new SecretException(secretId, "MalformedSecret",
                    "it holds binary data; expected a JSON object of strings");
        }
        SecretValue text = SecretValue.of(response.secretString());
        if (text == null) {
            throw new SecretException(secretId, "MalformedSecret", "it is empty");
        }
        return text;
    }
}
