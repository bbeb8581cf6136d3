package io.releasecopilot.aws;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.ConfigLookup;
import io.releasecopilot.config.Names;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the AWS clients connect: the region ({@code AWS_REGION}, or {@code --region}) and optional endpoint
 * overrides ({@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL_SECRETS_MANAGER},
 * {@code AWS_ENDPOINT_URL_DYNAMODB}, or {@code AWS_ENDPOINT_URL} for all). Credentials are never part of
 * the configuration: the SDK's default chain finds them.
 *
 * @param region         the region id, e.g. {@code eu-west-1}
 * @param s3             the S3 endpoint, or {@code null} for AWS's
 * @param secretsManager the Secrets Manager endpoint, or {@code null}
 * @param dynamoDb       the DynamoDB endpoint, or {@code null}
 */
public record AwsSettings(String region, URI s3, URI secretsManager, URI dynamoDb) {

    /**
     * Reads the settings.
     *
     * @throws UsageException when no region is configured or an endpoint is not an absolute URL
     */
    public static AwsSettings from(ConfigLookup config) {
        String region = config.get(Names.AWS_REGION).map(String::strip)
                .orElseThrow(() -> new UsageException(
                        "no AWS region: give --region or set AWS_REGION (environment, .env or --config file)"));
        Optional<String> all = config.get(Names.AWS_ENDPOINT_URL);
        return new AwsSettings(region,
                endpoint(Names.AWS_ENDPOINT_URL_S3, config.get(Names.AWS_ENDPOINT_URL_S3).or(() -> all)),
                endpoint(Names.AWS_ENDPOINT_URL_SECRETS_MANAGER,
                        config.get(Names.AWS_ENDPOINT_URL_SECRETS_MANAGER).or(() -> all)),
                endpoint(Names.AWS_ENDPOINT_URL_DYNAMODB, config.get(Names.AWS_ENDPOINT_URL_DYNAMODB).or(() -> all)));
    }

    private static URI endpoint(String name, Optional<String> value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(value.get().strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw new URISyntaxException(value.get(), "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(name + ": '" + value.get() + "' is not an absolute URL such as https://host:port");
        }
    }
}
