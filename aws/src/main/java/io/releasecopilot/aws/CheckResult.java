package io.releasecopilot.aws;

/**
 * The result of one readiness check.
 *
 * @param name       {@code secrets}, {@code dynamodb}, {@code s3} or {@code webhook_secret}
 * @param status     pass or fail; skipped for a check left out with {@code --skip}
 * @param resource   what was checked: a secret id, a table, an S3 location
 * @param reason     one line: what was done (on a dry run: what would be done), or why it failed (with the AWS
 *                   error code), or why skipped
 * @param durationMs how long it took; 0 when it did not run
 */
public record CheckResult(String name, CheckStatus status, String resource, String reason, long durationMs) {

    static CheckResult pass(String name, String resource, String reason, long durationMs) {
        return new CheckResult(name, CheckStatus.PASS, resource, reason, durationMs);
    }

    static CheckResult fail(String name, String resource, String reason, long durationMs) {
        return new CheckResult(name, CheckStatus.FAIL, resource, reason, durationMs);
    }
}
