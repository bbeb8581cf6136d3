package io.releasecopilot.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an audit reads from the mirror: the issues of a fix version and the reconciliation watermark. Read through
 * the SDK's DynamoDB client ({@link MirrorStore}) or, where no DynamoDB client may be loaded (the Jenkins plugin),
 * through DynamoDB's JSON API on the SDK core ({@link DynamoDbJsonTable}).
 */
public interface MirrorTable {

    /** Returns the table's name. */
    String table();

    /**
     * Returns the JSON of the issues of {@code fixVersion}, in key order (project, then number).
     *
     * @param projects project keys to restrict to, or empty for all
     */
    List<String> issuesOf(String fixVersion, List<String> projects);

    /** Returns the reconciliation watermark: every change before it is in the mirror. Empty when never reconciled. */
    Optional<Instant> watermark();

    /** Orders issue keys as Jira's {@code ORDER BY key} does: by project, then by number. */
    static int compareKeys(String a, String b) {
        int da = a.lastIndexOf('-');
        int db = b.lastIndexOf('-');
        int byProject = a.substring(0, da).compareTo(b.substring(0, db));
        if (byProject != 0) {
            return byProject;
        }
        return Long.compare(Long.parseLong(a.substring(da + 1)), Long.parseLong(b.substring(db + 1)));
    }
}
