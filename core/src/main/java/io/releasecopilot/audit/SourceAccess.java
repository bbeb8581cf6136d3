package io.releasecopilot.audit;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.SecretMask;
import io.releasecopilot.http.CredentialSource;
import io.releasecopilot.source.FetchProgress;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a front end lets a live audit reach Jira and Bitbucket: the credentials by environment name (from the
 * environment, a config file, Secrets Manager or the Jenkins store), where a rotated OAuth refresh token goes,
 * and who is told about progress.
 *
 * @param credentials          values by the names of docs/aws.md ({@code JIRA_API_TOKEN}, ...)
 * @param refreshTokenRotated  receives Jira's new OAuth refresh token (the old one stops working); the front
 *                             end persists it where it came from, never beside the cache
 * @param progress             told of every page fetched
 * @param secrets              the run's secrets: the fetch adds every configured credential of every source, and
 *                             the front end masks its own error line and log with it
 */
public record SourceAccess(CredentialSource credentials, Consumer<SecretValue> refreshTokenRotated, FetchProgress progress,
        SecretMask secrets) {

    public SourceAccess {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(refreshTokenRotated, "refreshTokenRotated");
        progress = progress == null ? FetchProgress.none() : progress;
        secrets = secrets == null ? new SecretMask() : secrets;
    }

    /** Access with a mask of its own, for a front end that masks nothing itself. */
    public SourceAccess(CredentialSource credentials, Consumer<SecretValue> refreshTokenRotated, FetchProgress progress) {
        this(credentials, refreshTokenRotated, progress, null);
    }

    /** Returns access for an audit that reads only the cache or a git clone: no credentials at all. */
    public static SourceAccess none() {
        return new SourceAccess(name -> Optional.empty(), token -> { }, FetchProgress.none());
    }
}
