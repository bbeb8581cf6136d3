package io.releasecopilot.aws;

/**
 * The outcome of reading one secret, for {@code rc health readiness}.
 *
 * @param setting  {@code SECRET_JIRA}, {@code SECRET_BITBUCKET} or {@code SECRET_WEBHOOK}
 * @param secretId the id read
 * @param ok       whether it was read and is well-formed
 * @param detail   the number of names on success, else the error code ({@code ResourceNotFoundException} …)
 */
public record SecretStatus(String setting, String secretId, boolean ok, String detail) {
}
