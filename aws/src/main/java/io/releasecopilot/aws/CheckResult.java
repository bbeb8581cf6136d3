package io.releasecopilot.aws;

/**
 * The result of one readiness check.
 *
 * @param name       {@code secrets}, {@code dynamodb}, {@code s3} or {@code webhook_secret}
 * @param status     pass, fail or skipped
 * @param resource   what was checked: a secret id, a table, an S3 location
 * @param reason     one line: what was done, or why it failed (with the AWS error code), or why skipped
 * @param durationMs how long it took; 0 when it did not run
 * @param dryRun     whether it was only planned
 */
public record CheckResult(String name, CheckStatus status, String resource, String reason, long durationMs,
        boolean dryRun) {

    static CheckResult pass(String name, String resource, String reason, long durationMs) {
        return new CheckResult(name, CheckStatus.PASS, resource, reason, durationMs, false);
    }

    static CheckResult fail(String name, String resource, String reason, long durationMs) {
        return new CheckResult(name, CheckStatus.FAIL, resource, reason, durationMs, false);
    }
}
