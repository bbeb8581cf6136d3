package io.releasecopilot.aws.fakes;

import io.releasecopilot.aws.MirrorKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
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

/**
 * DynamoDB Local over HTTP, in memory, with {@link TestAws}'s credentials installed unless other keys are given
 * (DynamoDB Local keeps one set of tables per access key), and the tables the tests need: a plain one and a Jira
 * mirror with its watermark.
 */
public final class DynamoLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;
    private final DynamoDbClient client;

    public DynamoLocal() throws Exception {
        this(TestAws.ACCESS_KEY, TestAws.SECRET_KEY);
        TestAws.install();
    }

    /**
     * Starts DynamoDB Local with a client that signs with other keys than {@link TestAws}'s: the tables it creates
     * are those code under test sees when it uses the same keys.
     */
    public DynamoLocal(String accessKey, String secretKey) throws Exception {
        port = freePort();
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        client = DynamoDbClient.builder().region(Region.of(TestAws.REGION)).endpointOverride(endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey,
                        secretKey)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    /** Returns the port DynamoDB Local listens on. */
    public int port() {
        return port;
    }

    /** Returns the endpoint to configure the code under test with. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Returns a client for the test's own set-up and reads. */
    public DynamoDbClient client() {
        return client;
    }

    /** Creates a table with a string partition key {@code pk}. */
    public DynamoLocal table(String name) {
        client.createTable(request -> request.tableName(name)
                .keySchema(key(MirrorKeys.PK, KeyType.HASH))
                .attributeDefinitions(string(MirrorKeys.PK))
                .billingMode("PAY_PER_REQUEST"));
        return this;
    }

    /** Creates a Jira mirror table: pk/sk strings, index by_fix_version on fix_version_key/issue_key. */
    public DynamoLocal mirrorTable(String name) {
        client.createTable(request -> request.tableName(name)
                .keySchema(key(MirrorKeys.PK, KeyType.HASH), key(MirrorKeys.SK, KeyType.RANGE))
                .attributeDefinitions(string(MirrorKeys.PK), string(MirrorKeys.SK),
                        string(MirrorKeys.FIX_VERSION_KEY), string(MirrorKeys.ISSUE_KEY))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(MirrorKeys.BY_FIX_VERSION)
                        .keySchema(key(MirrorKeys.FIX_VERSION_KEY, KeyType.HASH),
                                key(MirrorKeys.ISSUE_KEY, KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode("PAY_PER_REQUEST"));
        return this;
    }

    /** Sets a mirror's reconciliation watermark. */
    public DynamoLocal watermark(String table, Instant watermark) {
        client.putItem(request -> request.tableName(table).item(Map.of(
                MirrorKeys.PK, AttributeValue.fromS(MirrorKeys.META_PK),
                MirrorKeys.SK, AttributeValue.fromS(MirrorKeys.WATERMARK_SK),
                MirrorKeys.WATERMARK, AttributeValue.fromN(Long.toString(watermark.toEpochMilli())))));
        return this;
    }

    /** Returns how many items the table holds. */
    public int items(String table) {
        return client.scan(request -> request.tableName(table)).count();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.stop();
    }
}
