package io.releasecopilot.aws;

/**
 * The layout of the Jira issue mirror table (docs/aws.md, "The issue mirror"), shared by the mirror's writers
 * and readers and by the readiness checks. Partition key {@code pk} and sort key {@code sk}, both strings;
 * the global secondary index {@code by_fix_version} has partition key {@code fix_version_key} and sort key
 * {@code issue_key}, both strings.
 */
public final class MirrorKeys {

    /** The table's partition key. */
    public static final String PK = "pk";
    /** The table's sort key. */
    public static final String SK = "sk";
    /** The index of fix version memberships. */
    public static final String BY_FIX_VERSION = "by_fix_version";
    /** The index's partition key: the fix version's name. */
    public static final String FIX_VERSION_KEY = "fix_version_key";
    /** The index's sort key: the issue key ({@code ABC-123}). */
    public static final String ISSUE_KEY = "issue_key";

    /** The partition key of the meta items. */
    public static final String META_PK = "META";
    /** The sort key of the reconciliation watermark item. */
    public static final String WATERMARK_SK = "RECONCILE";
    /** The attribute of the watermark item holding the watermark, epoch milliseconds (a number). */
    public static final String WATERMARK = "watermark";

    private MirrorKeys() {
    }
}
