package io.releasecopilot.aws;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * Writes a probe item to {@code DYNAMODB_TABLE} and deletes it again. The table's key schema comes from
 * {@code DescribeTable}; the probe's key is new ({@code rc-health-<run id>}) and the write is conditional on
 * it not existing, so no real item is ever touched.
 */
final class DynamoDbCheck extends TableCheck {

    private final String probeId;

    DynamoDbCheck(String table, String probeId, Supplier<DynamoDbClient> client) {
        super(table, client, "DescribeTable");
        this.probeId = probeId;
    }

    @Override
    public String name() {
        return "dynamodb";
    }

    @Override
    public String plan() {
        return "would describe the table, put a probe item and delete it";
    }

    @Override
    CheckResult check(DynamoDbClient dynamo, Calls calls) {
        TableDescription description = dynamo.describeTable(request -> request.tableName(table)).table();
        putAndDeleteProbe(dynamo, calls, probeKey(description), description.keySchema().get(0).attributeName());
        return CheckResult.pass(name(), resource(), "put and deleted a probe item", calls.millis());
    }

    private Map<String, AttributeValue> probeKey(TableDescription description) {
        Map<String, String> types = new LinkedHashMap<>();
        for (AttributeDefinition definition : description.attributeDefinitions()) {
            types.put(definition.attributeName(), definition.attributeTypeAsString());
        }
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (KeySchemaElement element : description.keySchema()) {
            String type = types.getOrDefault(element.attributeName(), "S");
            key.put(element.attributeName(), switch (type) {
                case "N" -> AttributeValue.fromN(Integer.toUnsignedString(probeId.hashCode()));
                case "B" -> AttributeValue.fromB(SdkBytes.fromString(probeId, StandardCharsets.UTF_8));
                default -> AttributeValue.fromS(probeId);
            });
        }
        return key;
    }
}
