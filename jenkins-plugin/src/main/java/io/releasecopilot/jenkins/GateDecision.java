package io.releasecopilot.jenkins;

/**
 * What the gate verdict does to the build (docs/jenkins.md, "Gate"): WARN marks build and stage unstable; FAIL fails
 * the step, or only marks build and stage FAILURE with {@code markOnlyOnFailure: true}; PASS changes nothing.
 */
enum GateDecision {
    NONE,
    MARK_UNSTABLE,
    MARK_FAILURE,
    FAIL_STEP;

    /** Decides from the verdict and the step's {@code markOnlyOnFailure}. */
    static GateDecision of(String status, boolean markOnlyOnFailure) {
        return switch (status) {
            case "PASS" -> NONE;
            case "WARN" -> MARK_UNSTABLE;
            case "FAIL" -> markOnlyOnFailure ? MARK_FAILURE : FAIL_STEP;
            default -> throw new IllegalArgumentException("unknown gate status " + status);
        };
    }

    /** Returns the one-line message for the log and the stage: {@code Release audit 2026.03.1: WARN (...)}. */
    static String message(AuditSummary summary) {
        String reasons = summary.getReasons().isEmpty() ? "" : " (" + String.join("; ", summary.getReasons()) + ")";
        return "Release audit " + summary.getFixVersion() + ": gate " + summary.getStatus() + reasons;
    }
}
