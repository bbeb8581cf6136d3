package io.releasecopilot.correlate;

/** The category of a commit; every commit is in exactly one (README.md, correlation rule 4). */
public enum CommitCategory {
    /** At least one key of an issue in the version. */
    LINKED("linked"),
    /** Keys of audited projects, none of them in the version. */
    OUT_OF_SCOPE("outOfScope"),
    /** Matches a configured exemption or is marked exempt by an override. */
    EXEMPT("exempt"),
    /** None of the above. */
    ORPHAN("orphan");

    private final String id;

    CommitCategory(String id) {
        this.id = id;
    }

    /** Returns the name used in reports ({@code outOfScope}). */
    public String id() {
        return id;
    }
}
