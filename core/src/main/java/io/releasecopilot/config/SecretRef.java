package io.releasecopilot.config;

/**
 * A secret id as the merged configuration names it.
 *
 * @param setting the setting that holds the id: {@code SECRET_JIRA}, {@code SECRET_BITBUCKET} or {@code SECRET_WEBHOOK}
 * @param id      the secret id (a name or an ARN); empty when set to nothing
 * @param origin  where the id came from
 * @param enabled whether the configuration reads it: {@code SECRETS_MANAGER} is true or the id was set
 *                above {@code defaults.yml}
 */
public record SecretRef(String setting, String id, String origin, boolean enabled) {
}
