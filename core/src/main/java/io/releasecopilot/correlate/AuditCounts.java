package io.releasecopilot.correlate;

/**
 * The key figures of an audit. Story categories add up to {@code storiesTotal}, commit categories to
 * {@code commitsTotal}.
 */
public record AuditCounts(
        int storiesTotal,
        int storiesWithCommits,
        int storiesWithoutCommits,
        int storiesRevertedOnly,
        int commitsTotal,
        int linkedCommits,
        int orphanCommits,
        int outOfScopeCommits,
        int exemptCommits) {

    /** Returns storiesWithCommits / storiesTotal in 0..1; 1 when there are no stories. */
    public double coverage() {
        return storiesTotal == 0 ? 1.0 : (double) storiesWithCommits / storiesTotal;
    }
}
