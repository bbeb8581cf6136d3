package io.releasecopilot.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the readiness checks of {@code DYNAMODB_TABLE} share: the resource they name, the failure when the table is
 * not set, and a run that times the calls and turns an AWS failure into a failed result naming the call it
 * happened in.
 */
abstract class TableCheck implements ReadinessCheck {

    final String table;
    private final Supplier<DynamoDbClient> client;
    private final String firstCall;

    /**
     * @param firstCall the call a failure to create the client is reported in
     */
    TableCheck(String table, Supplier<DynamoDbClient> client, String firstCall) {
        this.table = table;
        this.client = client;
        this.firstCall = firstCall;
    }

    @Override
    public String resource() {
        return "dynamodb:" + (table == null ? "(DYNAMODB_TABLE not set)" : table);
    }

    @Override
    public Optional<String> missing() {
        return table == null ? Optional.of("DYNAMODB_TABLE is not set") : Optional.empty();
    }

    @Override
    public final CheckResult run() {
        if (table == null) {
            return CheckResult.fail(name(), resource(), missing().orElseThrow(), 0);
        }
        Calls calls = new Calls(firstCall);
        try {
            return check(client.get(), calls);
        } catch (SdkException e) {
            return CheckResult.fail(name(), resource(), calls.current + ": " + AwsErrors.describe(e), calls.millis());
        }
    }

    /**
     * Puts a probe item under {@code key}, on the condition that no item has that key (so no real item is ever
     * touched), and deletes it again.
     *
     * @param keyAttribute an attribute of the key, for the condition
     */
    final void putAndDeleteProbe(DynamoDbClient dynamo, Calls calls, Map<String, AttributeValue> key,
            String keyAttribute) {
        Map<String, AttributeValue> item = new LinkedHashMap<>(key);
        item.put("rc_health", AttributeValue.fromS("readiness probe of Release Copilot; safe to delete"));
        calls.next("PutItem");
        dynamo.putItem(request -> request.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(#k)")
                .expressionAttributeNames(Map.of("#k", keyAttribute)));
        calls.next("DeleteItem");
        dynamo.deleteItem(request -> request.tableName(table).key(key));
    }

    /** Checks the table; an AWS failure is reported in the call {@code calls} was last told of. */
    abstract CheckResult check(DynamoDbClient dynamo, Calls calls);

    /** The DynamoDB call under way, and the time since the run started. */
    static final class Calls {
        private final long start = System.nanoTime();
        private String current;

        private Calls(String first) {
            current = first;
        }

        /** Says which call comes next. */
        void next(String call) {
            current = call;
        }

        /** Returns the milliseconds since the run started. */
        long millis() {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
