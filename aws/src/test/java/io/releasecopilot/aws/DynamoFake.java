package io.releasecopilot.aws;

import io.releasecopilot.aws.fakes.TestAws;
import java.io.IOException;
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

/** DynamoDB Local over HTTP (in memory), behind a {@link CountingForwarder} that counts connections. */
final class DynamoFake implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final CountingForwarder forwarder;
    private final DynamoDbClient client;

    DynamoFake() throws Exception {
        int port = freePort();
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        forwarder = new CountingForwarder(port);
        client = DynamoDbClient.builder().region(Region.of(TestAws.REGION))
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Returns the counted endpoint to configure the code under test with. */
    URI endpoint() {
        return forwarder.endpoint();
    }

    /** Creates a table with a string partition key {@code pk}. */
    DynamoFake table(String name) {
        client.createTable(request -> request.tableName(name)
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                        .attributeType(ScalarAttributeType.S).build())
                .billingMode("PAY_PER_REQUEST"));
        return this;
    }

    /** Creates a Jira mirror table: pk/sk, index by_fix_version on fix_version_key/issue_key. */
    DynamoFake mirrorTable(String name) {
        client.createTable(request -> request.tableName(name)
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .attributeDefinitions(string("pk"), string("sk"), string("fix_version_key"), string("issue_key"))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by_fix_version")
                        .keySchema(key("fix_version_key", KeyType.HASH), key("issue_key", KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode("PAY_PER_REQUEST"));
        return this;
    }

    /** Sets the mirror's reconciliation watermark. */
    void watermark(String table, Instant watermark) {
        client.putItem(request -> request.tableName(table).item(Map.of("pk", AttributeValue.fromS("META"),
                "sk", AttributeValue.fromS("RECONCILE"),
                "watermark", AttributeValue.fromN(Long.toString(watermark.toEpochMilli())))));
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    /** Returns the items of a table, for assertions. */
    int itemCount(String table) {
        return client.scan(request -> request.tableName(table)).count();
    }

    /** Returns the connections made through the counted endpoint. */
    int connections() {
        return forwarder.connections();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        forwarder.close();
        server.stop();
    }
}
