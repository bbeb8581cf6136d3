package io.releasecopilot.cli.fakes;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local over HTTP, in memory. */
public final class DynamoLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    public DynamoLocal() throws Exception {
        TestCredentials.install();
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + port);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Creates a table with a string partition key {@code pk}. */
    public DynamoLocal table(String name) {
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.of(TestCredentials.REGION))
                .endpointOverride(endpoint).httpClient(UrlConnectionHttpClient.create()).build()) {
            client.createTable(request -> request.tableName(name)
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                            .attributeType(ScalarAttributeType.S).build())
                    .billingMode("PAY_PER_REQUEST"));
        }
        return this;
    }

    /**
     * Creates a Jira mirror table (pk/sk, index by_fix_version on fix_version_key/issue_key) and, unless
     * {@code watermark} is null, its reconciliation watermark.
     */
    public DynamoLocal mirrorTable(String name, Instant watermark) {
        try (DynamoDbClient client = DynamoDbClient.builder().region(Region.of(TestCredentials.REGION))
                .endpointOverride(endpoint).httpClient(UrlConnectionHttpClient.create()).build()) {
            client.createTable(request -> request.tableName(name)
                    .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                    .attributeDefinitions(string("pk"), string("sk"), string("fix_version_key"), string("issue_key"))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by_fix_version")
                            .keySchema(key("fix_version_key", KeyType.HASH), key("issue_key", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                    .billingMode("PAY_PER_REQUEST"));
            if (watermark != null) {
                client.putItem(request -> request.tableName(name).item(Map.of("pk", AttributeValue.fromS("META"),
                        "sk", AttributeValue.fromS("RECONCILE"),
                        "watermark", AttributeValue.fromN(Long.toString(watermark.toEpochMilli())))));
            }
        }
        return this;
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
