package io.releasecopilot.audit;

import io.releasecopilot.common.Secret;
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
 * @param credentials          values by the names of PRODUCT.md §7 ({@code JIRA_API_TOKEN}, ...)
 * @param refreshTokenRotated  receives Jira's new OAuth refresh token (the old one stops working); the front
 *                             end persists it where it came from, never beside the cache
 * @param progress             told of every page fetched
 */
public record SourceAccess(CredentialSource credentials, Consumer<Secret> refreshTokenRotated, FetchProgress progress) {

    public SourceAccess {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(refreshTokenRotated, "refreshTokenRotated");
        progress = progress == null ? FetchProgress.none() : progress;
    }

    /** Returns access for an audit that reads only the cache or a git clone: no credentials at all. */
    public static SourceAccess none() {
        return new SourceAccess(name -> Optional.empty(), token -> { }, FetchProgress.none());
    }
}
