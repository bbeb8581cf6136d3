package io.releasecopilot.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Checks that the Jira mirror's reconciliation has run lately: its watermark is no older than
 * {@code MIRROR_MAX_AGE} (default 24 h). A mirror never reconciled fails.
 */
final class MirrorWatermarkCheck implements ReadinessCheck {

    private final String table;
    private final Duration maxAge;
    private final Clock clock;
    private final Supplier<DynamoDbClient> client;

    MirrorWatermarkCheck(String table, Duration maxAge, Clock clock, Supplier<DynamoDbClient> client) {
        this.table = table;
        this.maxAge = maxAge;
        this.clock = clock;
        this.client = client;
    }

    @Override
    public String name() {
        return "mirror_watermark";
    }

    @Override
    public String resource() {
        return "dynamodb:" + (table == null ? "(DYNAMODB_TABLE not set)" : table) + " " + MirrorKeys.META_PK + "/"
                + MirrorKeys.WATERMARK_SK;
    }

    @Override
    public String plan() {
        return "would read the reconciliation watermark and compare it with MIRROR_MAX_AGE ("
                + MirrorAge.describe(maxAge) + ")";
    }

    @Override
    public Optional<String> missing() {
        return table == null ? Optional.of("DYNAMODB_TABLE is not set") : Optional.empty();
    }

    @Override
    public CheckResult run() {
        if (table == null) {
            return CheckResult.fail(name(), resource(), missing().orElseThrow(), 0);
        }
        long start = System.nanoTime();
        try {
            Map<String, AttributeValue> item = client.get().getItem(request -> request.tableName(table)
                    .key(MirrorTableCheck.key(MirrorKeys.META_PK, MirrorKeys.WATERMARK_SK)).consistentRead(true))
                    .item();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (item == null || !item.containsKey(MirrorKeys.WATERMARK)) {
                return CheckResult.fail(name(), resource(), "never reconciled: run the reconciliation function",
                        millis);
            }
            Instant watermark = Instant.ofEpochMilli(Long.parseLong(item.get(MirrorKeys.WATERMARK).n()));
            Duration age = Duration.between(watermark, clock.instant());
            String text = "reconciled up to " + watermark + ", " + MirrorAge.describe(age) + " ago (allowed: "
                    + MirrorAge.describe(maxAge) + ")";
            return age.compareTo(maxAge) > 0 ? CheckResult.fail(name(), resource(), "stale: " + text, millis)
                    : CheckResult.pass(name(), resource(), text, millis);
        } catch (SdkException e) {
            return CheckResult.fail(name(), resource(), "GetItem: " + AwsErrors.describe(e),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (NumberFormatException e) {
            return CheckResult.fail(name(), resource(), "the watermark item holds no number", 0);
        }
    }
}
