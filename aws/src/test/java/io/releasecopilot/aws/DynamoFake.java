package io.releasecopilot.aws;

import io.releasecopilot.aws.fakes.DynamoLocal;
import java.net.URI;
import java.time.Instant;

/** {@link DynamoLocal} behind a {@link CountingForwarder} that counts connections. */
final class DynamoFake implements AutoCloseable {

    private final DynamoLocal local;
    private final CountingForwarder forwarder;

    DynamoFake() throws Exception {
        local = new DynamoLocal();
        forwarder = new CountingForwarder(local.port());
    }

    /** Returns the counted endpoint to configure the code under test with. */
    URI endpoint() {
        return forwarder.endpoint();
    }

    /** Creates a table with a string partition key {@code pk}. */
    DynamoFake table(String name) {
        local.table(name);
        return this;
    }

    /** Creates a Jira mirror table: pk/sk, index by_fix_version on fix_version_key/issue_key. */
    DynamoFake mirrorTable(String name) {
        local.mirrorTable(name);
        return this;
    }

    /** Sets the mirror's reconciliation watermark. */
    void watermark(String table, Instant watermark) {
        local.watermark(table, watermark);
    }

    /** Returns the items of a table, for assertions. */
    int itemCount(String table) {
        return local.items(table);
    }

    /** Returns the connections made through the counted endpoint. */
    int connections() {
        return forwarder.connections();
    }

    @Override
    public void close() throws Exception {
        forwarder.close();
        local.close();
    }
}
