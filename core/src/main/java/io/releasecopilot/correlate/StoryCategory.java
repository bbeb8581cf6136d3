package io.releasecopilot.correlate;

/** The category of a story; every story is in exactly one (README.md, correlation rule 4). */
public enum StoryCategory {
    /** At least one linked commit that is not reverted. */
    WITH_COMMITS("withCommits"),
    /** Linked commits exist and all of them are reverted. */
    REVERTED_ONLY("revertedOnly"),
    /** No linked commit. */
    WITHOUT_COMMITS("withoutCommits");

    private final String id;

    StoryCategory(String id) {
        this.id = id;
    }

    /** Returns the name used in reports ({@code withoutCommits}). */
    public String id() {
        return id;
    }
}
