package io.releasecopilot.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks that the Jira mirror's reconciliation has run lately: its watermark is no older than
 * {@code MIRROR_MAX_AGE} (default 24 h). A mirror never reconciled fails.
 */
final class MirrorWatermarkCheck extends TableCheck {

    private final Duration maxAge;
    private final Clock clock;

    MirrorWatermarkCheck(String table, Duration maxAge, Clock clock, Supplier<DynamoDbClient> client) {
        super(table, client, "GetItem");
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "mirror_watermark";
    }

    @Override
    public String resource() {
        return super.resource() + " " + MirrorKeys.META_PK + "/" + MirrorKeys.WATERMARK_SK;
    }

    @Override
    public String plan() {
        return "would read the reconciliation watermark and compare it with MIRROR_MAX_AGE ("
                + MirrorAge.describe(maxAge) + ")";
    }

    @Override
    CheckResult check(DynamoDbClient dynamo, Calls calls) {
        Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
                .key(MirrorTableCheck.key(MirrorKeys.META_PK, MirrorKeys.WATERMARK_SK)).consistentRead(true))
                .item();
        long millis = calls.millis();
        if (item == null || !item.containsKey(MirrorKeys.WATERMARK)) {
            return CheckResult.fail(name(), resource(), "never reconciled: run the reconciliation function", millis);
        }
        try {
            Instant watermark = Instant.ofEpochMilli(Long.parseLong(item.get(MirrorKeys.WATERMARK).n()));
            Duration age = Duration.between(watermark, clock.instant());
            String text = "reconciled up to " + watermark + ", " + MirrorAge.describe(age) + " ago (allowed: "
                    + MirrorAge.describe(maxAge) + ")";
            return age.compareTo(maxAge) > 0 ? CheckResult.fail(name(), resource(), "stale: " + text, millis)
                    : CheckResult.pass(name(), resource(), text, millis);
        } catch (NumberFormatException e) {
            return CheckResult.fail(name(), resource(), "the watermark item holds no number", 0);
        }
    }
}
