package io.releasecopilot.aws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds DynamoDB clients with the region, endpoint ({@code DYNAMODB_ENDPOINT}), credentials and API HTTP client of
 * a run's {@link AwsClients}. Kept apart from {@link AwsClients}, which every AWS feature loads, so that only the
 * features that read or write DynamoDB (the readiness checks, the Jira mirror) link the DynamoDB client.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    /** Builds a client; the caller closes it (the HTTP client it shares closes with {@code clients}). */
    public static DynamoDbClient build(AwsClients clients) {
        return clients.configure(DynamoDbClient.builder(), clients.settings().dynamoDb()).build();
    }
}
