package io.releasecopilot.gate;

import java.util.Optional;

/** A figure the gate can put a threshold on. */
public enum Metric {
    STORIES_WITHOUT_COMMITS("storiesWithoutCommits", false, false),
    STORIES_REVERTED_ONLY("storiesRevertedOnly", false, false),
    STORIES_NOT_DONE("storiesNotDone", false, false),
    ORPHAN_COMMITS("orphanCommits", false, false),
    ORPHAN_SHARE("orphanShare", false, true),
    OUT_OF_SCOPE_COMMITS("outOfScopeCommits", false, false),
    OUT_OF_SCOPE_SHARE("outOfScopeShare", false, true),
    COVERAGE("coverage", true, true);

    private final String id;
    private final boolean minimum;
    private final boolean share;

    Metric(String id, boolean minimum, boolean share) {
        this.id = id;
        this.minimum = minimum;
        this.share = share;
    }

    /** Returns the name used in policy files and reports ({@code orphanCommits}). */
    public String id() {
        return id;
    }

    /** Returns whether the threshold is a minimum (coverage) rather than a maximum. */
    public boolean isMinimum() {
        return minimum;
    }

    /** Returns whether the value is a share in 0..1 rather than a count. */
    public boolean isShare() {
        return share;
    }

    /** Returns the metric whose {@link #id()} is exactly {@code id}, or empty. */
    public static Optional<Metric> fromId(String id) {
        for (Metric metric : values()) {
            if (metric.id.equals(id)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
