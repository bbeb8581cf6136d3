package io.releasecopilot.gate;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of the gate with one human-readable reason per threshold that was crossed.
 *
 * @param status  the verdict
 * @param reasons sentences such as {@code "12 stories without commits (FAIL above 5)"}, FAIL reasons first;
 *                empty on PASS
 * @param incompleteData the fetches the audited data lacks the end of, one line each; empty when the data is
 *                       complete. Incomplete data fails the gate (reason {@value #INCOMPLETE}) unless the user
 *                       allowed it; every output shows these lines either way
 */
public record GateResult(GateStatus status, List<String> reasons, List<String> incompleteData) {

    /** The start of the reason given when the gate fails on incomplete data. */
    public static final String INCOMPLETE = "incomplete data";

    public GateResult {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
        incompleteData = List.copyOf(incompleteData == null ? List.of() : incompleteData);
    }

    /** Returns a verdict on complete data. */
    public GateResult(GateStatus status, List<String> reasons) {
        this(status, reasons, List.of());
    }

    /** Returns whether the audited data is incomplete. */
    public boolean incomplete() {
        return !incompleteData.isEmpty();
    }
}
