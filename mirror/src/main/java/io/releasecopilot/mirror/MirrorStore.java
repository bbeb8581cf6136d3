package io.releasecopilot.mirror;

import static io.releasecopilot.aws.MirrorKeys.BY_FIX_VERSION;
import static io.releasecopilot.aws.MirrorKeys.FIX_VERSION_KEY;
import static io.releasecopilot.aws.MirrorKeys.ISSUE_KEY;
import static io.releasecopilot.aws.MirrorKeys.META_PK;
import static io.releasecopilot.aws.MirrorKeys.PK;
import static io.releasecopilot.aws.MirrorKeys.SK;
import static io.releasecopilot.aws.MirrorKeys.WATERMARK;
import static io.releasecopilot.aws.MirrorKeys.WATERMARK_SK;

import io.releasecopilot.common.AuditException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The one write path of the mirror and its reads. Per issue (partition {@code ISSUE#<id>}): the current item
 * ({@code CURRENT}: key, project, fix versions, {@code updated}, the issue's JSON, a {@code deleted} flag) and
 * one membership item per fix version ({@code FV#<version>}, indexed by {@code by_fix_version}). A write reads
 * the current item and replaces it and the memberships in one transaction that is conditional on the current
 * item being unchanged, so a state older than (or as old as) the one stored never replaces it, concurrent
 * writers cannot interleave, a removed fix version loses its membership and a moved issue keeps no old key.
 * A delete leaves a tombstone that no later write gets past (Jira never reuses an issue id).
 */
public final class MirrorStore implements MirrorTable {

    /** What a write did. */
    public enum Outcome {
        /** The state was newer and is now stored. */
        WRITTEN,
        /** The stored state is as new (a redelivery) or newer (an out-of-order delivery): nothing written. */
        NOT_NEWER,
        /** The issue is deleted: nothing written. */
        DELETED,
        /** The tombstone was written. */
        TOMBSTONED
    }

    static final String CURRENT = "CURRENT";
    static final String FV_PREFIX = "FV#";
    private static final int MAX_ATTEMPTS = 5;
    /** DynamoDB's limit of actions per transaction: the current item plus this many fix versions. */
    static final int MAX_FIX_VERSIONS = 99;

    private final DynamoDbClient dynamo;
    private final String table;

    public MirrorStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public String table() {
        return table;
    }

    /**
     * Stores {@code state} if it is newer than what the mirror holds.
     *
     * @throws IllegalArgumentException when the issue has more fix versions than one transaction can hold
     * @throws software.amazon.awssdk.core.exception.SdkException when DynamoDB fails
     */
    public Outcome apply(IssueState state) {
        if (state.fixVersions().size() > MAX_FIX_VERSIONS) {
            throw new IllegalArgumentException("issue " + state.key() + " has " + state.fixVersions().size()
                    + " fix versions; the mirror holds at most " + MAX_FIX_VERSIONS);
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> current = current(state.id());
            if (current != null && isDeleted(current)) {
                return Outcome.DELETED;
            }
            if (current != null && updated(current) >= state.updated()) {
                return Outcome.NOT_NEWER;
            }
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(conditionalPut(currentItem(state), current));
            for (String old : fixVersions(current)) {
                if (!state.fixVersions().contains(old)) {
                    writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table)
                            .key(key(state.id(), FV_PREFIX + old))).build());
                }
            }
            for (String version : state.fixVersions()) {
                Map<String, AttributeValue> member = membershipItem(state, version);
                writes.add(TransactWriteItem.builder().put(p -> p.tableName(table).item(member)).build());
            }
            if (transact(writes)) {
                return Outcome.WRITTEN;
            }
        }
        throw new AuditException("mirror " + table + ": issue " + state.key() + " changed under " + MAX_ATTEMPTS
                + " attempts to write it");
    }

    /** Returns the current item of a state that is not deleted. */
    static Map<String, AttributeValue> currentItem(IssueState state) {
        Map<String, AttributeValue> item = key(state.id(), CURRENT);
        item.put(ISSUE_KEY, s(state.key()));
        item.put("project", s(state.project()));
        item.put("updated", n(state.updated()));
        item.put("fix_versions", AttributeValue.fromL(state.fixVersions().stream().map(MirrorStore::s).toList()));
        item.put("issue", s(state.issueJson()));
        item.put("deleted", AttributeValue.fromBool(false));
        return item;
    }

    /** Returns the membership item of a state in one of its fix versions. */
    static Map<String, AttributeValue> membershipItem(IssueState state, String version) {
        Map<String, AttributeValue> member = key(state.id(), FV_PREFIX + version);
        member.put(FIX_VERSION_KEY, s(version));
        member.put(ISSUE_KEY, s(state.key()));
        member.put("updated", n(state.updated()));
        member.put("issue", s(state.issueJson()));
        return member;
    }

    /**
     * Marks an issue deleted and removes its memberships. The tombstone keeps the key so the deletion can be
     * seen; no later state of the issue is written.
     *
     * @param deletedAt when Jira deleted it, epoch milliseconds
     */
    public Outcome delete(String id, String key, long deletedAt) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Map<String, AttributeValue> current = current(id);
            if (current != null && isDeleted(current)) {
                return Outcome.DELETED;
            }
            Map<String, AttributeValue> item = key(id, CURRENT);
            item.put(ISSUE_KEY, s(key));
            item.put("project", s(key.substring(0, Math.max(0, key.indexOf('-')))));
            item.put("updated", n(Math.max(deletedAt, current == null ? 0 : updated(current))));
            item.put("fix_versions", AttributeValue.fromL(List.of()));
            item.put("deleted", AttributeValue.fromBool(true));
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(conditionalPut(item, current));
            for (String old : fixVersions(current)) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table).key(key(id, FV_PREFIX + old)))
                        .build());
            }
            if (transact(writes)) {
                return Outcome.TOMBSTONED;
            }
        }
        throw new AuditException("mirror " + table + ": issue " + key + " changed under " + MAX_ATTEMPTS
                + " attempts to delete it");
    }

    @Override
    public List<String> issuesOf(String fixVersion, List<String> projects) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        if (projects.isEmpty()) {
            query(fixVersion, null, items);
        } else {
            for (String project : projects) {
                query(fixVersion, project + "-", items);
            }
        }
        items.sort(Comparator.comparing((Map<String, AttributeValue> item) -> item.get(ISSUE_KEY).s(),
                MirrorTable::compareKeys));
        return items.stream().map(item -> item.get("issue").s()).toList();
    }

    private void query(String fixVersion, String keyPrefix, List<Map<String, AttributeValue>> into) {
        Map<String, String> names = new HashMap<>(Map.of("#fv", FIX_VERSION_KEY, "#i", "issue", "#k", ISSUE_KEY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":fv", s(fixVersion)));
        String condition = "#fv = :fv";
        if (keyPrefix != null) {
            condition += " AND begins_with(#k, :p)";
            values.put(":p", s(keyPrefix));
        }
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(BY_FIX_VERSION)
                    .keyConditionExpression(condition).expressionAttributeNames(names)
                    .expressionAttributeValues(values).projectionExpression("#i, #k");
            if (start != null) {
                request.exclusiveStartKey(start);
            }
            QueryResponse response = dynamo.query(request.build());
            into.addAll(response.items());
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
    }

    @Override
    public Optional<Instant> watermark() {
        Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
                .key(rawKey(META_PK, WATERMARK_SK)).consistentRead(true)).item();
        if (item == null || !item.containsKey(WATERMARK)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(item.get(WATERMARK).n())));
    }

    /** Moves the watermark forward to {@code to}; a watermark already later stays. Returns whether it moved. */
    public boolean advanceWatermark(Instant to) {
        try {
            dynamo.updateItem(request -> request.tableName(table).key(rawKey(META_PK, WATERMARK_SK))
                    .updateExpression("SET #w = :w, #t = :t")
                    .conditionExpression("attribute_not_exists(#w) OR #w < :w")
                    .expressionAttributeNames(Map.of("#w", WATERMARK, "#t", "watermark_iso"))
                    .expressionAttributeValues(Map.of(":w", n(to.toEpochMilli()), ":t", s(to.toString()))));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Returns the current item of an issue (consistent read), or null. */
    Map<String, AttributeValue> current(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(request -> request.tableName(table)
                .key(key(id, CURRENT)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private TransactWriteItem conditionalPut(Map<String, AttributeValue> item, Map<String, AttributeValue> current) {
        if (current == null) {
            return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK)))
                    .build();
        }
        return TransactWriteItem.builder().put(p -> p.tableName(table).item(item)
                .conditionExpression("#u = :u AND #d = :false")
                .expressionAttributeNames(Map.of("#u", "updated", "#d", "deleted"))
                .expressionAttributeValues(Map.of(":u", current.get("updated"), ":false",
                        AttributeValue.fromBool(false))))
                .build();
    }

    /** Runs the transaction; false when a condition failed (someone wrote first), so the caller reads again. */
    private boolean transact(List<TransactWriteItem> writes) {
        try {
            dynamo.transactWriteItems(request -> request.transactItems(writes));
            return true;
        } catch (TransactionCanceledException e) {
            boolean conflict = e.hasCancellationReasons() && e.cancellationReasons().stream()
                    .map(CancellationReason::code)
                    .anyMatch(code -> "ConditionalCheckFailed".equals(code) || "TransactionConflict".equals(code));
            if (conflict) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isDeleted(Map<String, AttributeValue> item) {
        AttributeValue deleted = item.get("deleted");
        return deleted != null && Boolean.TRUE.equals(deleted.bool());
    }

    private static long updated(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get("updated").n());
    }

    private static List<String> fixVersions(Map<String, AttributeValue> item) {
        if (item == null || !item.containsKey("fix_versions")) {
            return List.of();
        }
        return item.get("fix_versions").l().stream().map(AttributeValue::s).toList();
    }

    /** Returns the key of an item of the issue with this id. */
    static Map<String, AttributeValue> key(String id, String sk) {
        return rawKey("ISSUE#" + id, sk);
    }

    private static Map<String, AttributeValue> rawKey(String pk, String sk) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(PK, s(pk));
        key.put(SK, s(sk));
        return key;
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
