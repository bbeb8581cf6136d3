package io.releasecopilot.aws;

import java.util.Optional;

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

    /** Returns why the configuration alone makes the check fail (a resource not set), if it does. */
    Optional<String> missing();

    /** Runs the check; never throws for an AWS failure, which becomes a failed result. */
    CheckResult run();

    /**
     * Returns what a dry run reports: fail when the configuration lacks the resource (as the real run would),
     * else pass with a reason saying what the real run would do; nothing is called.
     */
    default CheckResult planned() {
        return missing().map(why -> CheckResult.fail(name(), resource(), why + " (dry run)", 0))
                .orElseGet(() -> CheckResult.pass(name(), resource(), "dry run: " + plan(), 0));
    }

    /** Returns a skipped result with this reason. */
    default CheckResult skipped(String reason) {
        return new CheckResult(name(), CheckStatus.SKIPPED, resource(), reason, 0);
    }
}
