package io.releasecopilot.aws;

import java.time.Instant;
import java.util.List;

/**
 * The readiness report, written as {@code docs/schemas/health.v1.json} describes.
 *
 * @param timestamp when the checks ran
 * @param checks    every check, in the order secrets, dynamodb, s3, webhook_secret
 * @param dryRun    whether the checks were only planned
 */
public record HealthReport(Instant timestamp, List<CheckResult> checks, boolean dryRun) {

    /** The {@code version} written into the JSON, as the predecessor's published schema fixes it. */
    public static final String VERSION = "health.v1";

    public HealthReport {
        checks = List.copyOf(checks);
    }

    /** Returns fail when any check failed or none ran, else pass. */
    public CheckStatus overall() {
        boolean failed = checks.stream().anyMatch(check -> check.status() == CheckStatus.FAIL);
        boolean passed = checks.stream().anyMatch(check -> check.status() == CheckStatus.PASS);
        return failed || !passed ? CheckStatus.FAIL : CheckStatus.PASS;
    }
}
