package io.releasecopilot.mirror;

import io.releasecopilot.aws.fakes.DynamoLocal;
import io.releasecopilot.aws.fakes.TestAws;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local (in memory) with mirror tables of the documented shape. */
final class MirrorDb implements AutoCloseable {

    static final String REGION = TestAws.REGION;
    static final String ACCESS_KEY = TestAws.ACCESS_KEY;

    static {
        // The code under test finds credentials through the SDK's default chain, whose first source these are;
        // DynamoDB Local keeps one set of tables per access key.
        TestAws.install();
    }

    private final DynamoLocal local;

    MirrorDb() throws Exception {
        local = new DynamoLocal();
    }

    DynamoDbClient client() {
        return local.client();
    }

    URI endpoint() {
        return local.endpoint();
    }

    /** Creates a mirror table: pk/sk strings, index by_fix_version on fix_version_key/issue_key. */
    MirrorStore table(String name) {
        local.mirrorTable(name);
        return new MirrorStore(local.client(), name);
    }

    /** Returns how many items the table holds. */
    int items(String table) {
        return local.items(table);
    }

    @Override
    public void close() throws Exception {
        local.close();
    }
}
