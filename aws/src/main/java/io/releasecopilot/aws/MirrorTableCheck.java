package io.releasecopilot.aws;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Checks that {@code DYNAMODB_TABLE} is a Jira mirror the webhook can write and audits can read: the key
 * schema ({@code pk}/{@code sk}, index {@code by_fix_version} on {@code fix_version_key}/{@code issue_key}),
 * a query of the index and a read of the watermark item, then a probe item ({@code HEALTH#<run id>}) put
 * conditionally and deleted.
 */
final class MirrorTableCheck extends TableCheck {

    private final String probeId;

    MirrorTableCheck(String table, String probeId, Supplier<DynamoDbClient> client) {
        super(table, client, "DescribeTable");
        this.probeId = probeId;
    }

    @Override
    public String name() {
        return "mirror_table";
    }

    @Override
    public String plan() {
        return "would check the mirror's keys and index, query the index, read the watermark, put and delete a probe";
    }

    @Override
    CheckResult check(DynamoDbClient dynamo, Calls calls) {
        TableDescription description = dynamo.describeTable(request -> request.tableName(table)).table();
        String layout = layoutProblem(description);
        if (layout != null) {
            return CheckResult.fail(name(), resource(), "not a Jira mirror: " + layout, calls.millis());
        }
        calls.next("Query " + MirrorKeys.BY_FIX_VERSION);
        dynamo.query(request -> request.tableName(table).indexName(MirrorKeys.BY_FIX_VERSION).limit(1)
                .keyConditionExpression("#fv = :fv")
                .expressionAttributeNames(Map.of("#fv", MirrorKeys.FIX_VERSION_KEY))
                .expressionAttributeValues(Map.of(":fv", AttributeValue.fromS("rc-health"))));
        calls.next("GetItem");
        dynamo.getItem(request -> request.tableName(table).key(key(MirrorKeys.META_PK, MirrorKeys.WATERMARK_SK)));
        putAndDeleteProbe(dynamo, calls, key("HEALTH#" + probeId, "PROBE"), MirrorKeys.PK);
        return CheckResult.pass(name(), resource(), "keys and index as expected; queried the index, read the"
                + " watermark item, put and deleted a probe item", calls.millis());
    }

    private static String layoutProblem(TableDescription description) {
        if (!keys(description.keySchema()).equals(List.of(MirrorKeys.PK, MirrorKeys.SK))) {
            return "the key is " + keys(description.keySchema()) + ", expected [pk, sk]";
        }
        for (GlobalSecondaryIndexDescription index : description.globalSecondaryIndexes()) {
            if (MirrorKeys.BY_FIX_VERSION.equals(index.indexName())) {
                List<String> keys = keys(index.keySchema());
                return keys.equals(List.of(MirrorKeys.FIX_VERSION_KEY, MirrorKeys.ISSUE_KEY)) ? null
                        : "index " + MirrorKeys.BY_FIX_VERSION + " has the key " + keys
                                + ", expected [fix_version_key, issue_key]";
            }
        }
        return "no index " + MirrorKeys.BY_FIX_VERSION;
    }

    private static List<String> keys(List<KeySchemaElement> schema) {
        return schema.stream().sorted((a, b) -> a.keyTypeAsString().compareTo(b.keyTypeAsString()))
                .map(KeySchemaElement::attributeName).toList();
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(MirrorKeys.PK, AttributeValue.fromS(pk), MirrorKeys.SK, AttributeValue.fromS(sk));
    }
}
