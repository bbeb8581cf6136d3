package io.releasecopilot.mirror;

import io.releasecopilot.aws.MirrorKeys;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** DynamoDB Local (in memory) with mirror tables of the documented shape. */
final class MirrorDb implements AutoCloseable {

    static final String REGION = "eu-west-1";
    static final String ACCESS_KEY = "AKIDRELEASECOPILOT";

    static {
        // The code under test finds credentials through the SDK's default chain, whose first source these are;
        // DynamoDB Local keeps one set of tables per access key.
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    private final DynamoDBProxyServer server;
    private final DynamoDbClient client;
    private final URI endpoint;

    MirrorDb() throws Exception {
        int port = freePort();
        server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + port);
        client = DynamoDbClient.builder().region(Region.of(REGION)).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, "test-secret-key")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    DynamoDbClient client() {
        return client;
    }

    URI endpoint() {
        return endpoint;
    }

    /** Creates a mirror table: pk/sk strings, index by_fix_version on fix_version_key/issue_key. */
    MirrorStore table(String name) {
        client.createTable(request -> request.tableName(name)
                .keySchema(key(MirrorKeys.PK, KeyType.HASH), key(MirrorKeys.SK, KeyType.RANGE))
                .attributeDefinitions(string(MirrorKeys.PK), string(MirrorKeys.SK),
                        string(MirrorKeys.FIX_VERSION_KEY), string(MirrorKeys.ISSUE_KEY))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(MirrorKeys.BY_FIX_VERSION)
                        .keySchema(key(MirrorKeys.FIX_VERSION_KEY, KeyType.HASH), key(MirrorKeys.ISSUE_KEY,
                                KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build())
                .billingMode("PAY_PER_REQUEST"));
        return new MirrorStore(client, name);
    }

    /** Returns how many items the table holds. */
    int items(String table) {
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
