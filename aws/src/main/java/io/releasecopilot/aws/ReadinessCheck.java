package io.releasecopilot.aws;

/**
 * One check of {@code rc health --readiness}. {@link #resource()} and {@link #plan()} come from the
 * configuration alone, so a dry run can list the check without any AWS call.
 */
interface ReadinessCheck {

    /** Returns the check's name in the health JSON. */
    String name();

    /** Returns what the check touches: secret ids, a table, an S3 location. */
    String resource();

    /** Returns what the check would do, for a dry run. */
    String plan();

    /** Runs the check; never throws for an AWS failure, which becomes a failed result. */
    CheckResult run();

    /** Returns a skipped result with this reason. */
    default CheckResult skipped(String reason, boolean dryRun) {
        return new CheckResult(name(), CheckStatus.SKIPPED, resource(), reason, 0, dryRun);
    }
}
