package io.releasecopilot.cli.fakes;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
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

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
