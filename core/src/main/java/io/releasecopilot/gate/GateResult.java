package io.releasecopilot.gate;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of the gate with one human-readable reason per threshold that was crossed.
 *
 * @param status  the verdict
 * @param reasons sentences such as {@code "12 stories without commits (FAIL above 5)"}, FAIL reasons first;
 *                empty on PASS
 */
public record GateResult(GateStatus status, List<String> reasons) {

    public GateResult {
        Objects.requireNonNull(status, "status");
        reasons = List.copyOf(reasons);
    }
}
