package io.releasecopilot.http;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.SecretValue;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Atlassian OAuth 2.0 (3LO) for Jira Cloud: {@code Authorization: Bearer <access token>}, sent through the
 * {@code api.atlassian.com/ex/jira/<cloudId>} gateway. When the API answers 401, {@link ResilientHttpGet}
 * refreshes the access token once ({@code POST} to the token endpoint with the refresh token, client id
 * and client secret) and repeats the request.
 *
 * <p>Refresh tokens rotate: each refresh returns a new one and the old one stops working. The new one is
 * handed to the {@code onRefreshTokenRotated} callback, whose owner stores it where the old one came from
 * (a secret store, the Jenkins credential); this class never writes it anywhere.
 *
 * <p>Thread-safe: when several threads see a 401 with the same access token, one refreshes and the others
 * use its result. A refresh that fails is not tried again with the same refresh token.
 */
public final class OAuth2 implements Auth {

    /** Atlassian's token endpoint. */
    public static final URI ATLASSIAN_TOKEN_ENDPOINT = URI.create("https://auth.atlassian.com/oauth/token");

    private static final Logger LOG = System.getLogger(OAuth2.class.getName());
    private static final String NAMES = "JIRA_ACCESS_TOKEN, JIRA_REFRESH_TOKEN, JIRA_CLIENT_ID and JIRA_CLIENT_SECRET"
            + " (access tokens expire after an hour; refresh tokens rotate, so use the newest one)";

    /** The tokens in use; {@code generation} grows by one with each refresh. */
    record Tokens(SecretValue access, SecretValue refresh, long generation) {
    }

    /** A successful refresh; {@code refreshToken} is {@code null} when the server did not send a new one. */
    record Refreshed(SecretValue accessToken, SecretValue refreshToken) {
    }

    /** Exchanges a refresh token for new tokens at the token endpoint. */
    @FunctionalInterface
    interface Refresher {
        Refreshed refresh(OAuth2 client, SecretValue refreshToken);
    }

    private final String clientId;
    private final SecretValue clientSecret;
    private final URI tokenEndpoint;
    private final Consumer<SecretValue> onRefreshTokenRotated;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile Tokens tokens;
    private long failedGeneration = -1;
    private String failure;

    /**
     * Creates the credential.
     *
     * @param accessToken           the current access token; may be {@code null} when a refresh token is
     *                              given (the first request then refreshes)
     * @param refreshToken          the refresh token, or {@code null} to use the access token until it expires
     * @param clientId              the OAuth app's client id; required with a refresh token
     * @param clientSecret          the OAuth app's secret; required with a refresh token
     * @param tokenEndpoint         where to refresh, usually {@link #ATLASSIAN_TOKEN_ENDPOINT}
     * @param onRefreshTokenRotated receives each new refresh token, to persist it
     */
    public OAuth2(SecretValue accessToken, SecretValue refreshToken, String clientId, SecretValue clientSecret, URI tokenEndpoint,
            Consumer<SecretValue> onRefreshTokenRotated) {
        boolean refreshable = refreshToken != null && clientId != null && !clientId.isBlank() && clientSecret != null;
        if (refreshToken != null && !refreshable) {
            throw new IllegalArgumentException("a refresh token needs the client id and client secret");
        }
        if (accessToken == null && !refreshable) {
            throw new IllegalArgumentException("an access token or a refresh token is required");
        }
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.onRefreshTokenRotated = Objects.requireNonNull(onRefreshTokenRotated, "onRefreshTokenRotated");
        this.tokens = new Tokens(accessToken, refreshToken, 0);
        remember(accessToken);
        remember(refreshToken);
    }

    /** Whether a refresh token, client id and client secret were given. */
    public boolean canRefresh() {
        return tokens.refresh() != null;
    }

    @Override
    public String credentialNames() {
        return NAMES;
    }

    @Override
    public Optional<String> header() {
        return header(tokens);
    }

    @Override
    public List<String> secretValues() {
        List<String> values = new ArrayList<>(seen);
        if (clientSecret != null) {
            values.add(clientSecret.reveal());
        }
        return values;
    }

    @Override
    public String toString() {
        return "OAuth2[tokenEndpoint=" + tokenEndpoint + ", clientId=" + clientId + ", refreshable=" + canRefresh() + "]";
    }

    Tokens current() {
        return tokens;
    }

    static Optional<String> header(Tokens tokens) {
        return tokens.access() == null ? Optional.empty() : Optional.of("Bearer " + tokens.access().reveal());
    }

    String clientId() {
        return clientId;
    }

    SecretValue clientSecret() {
        return clientSecret;
    }

    URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /**
     * Refreshes unless another thread already replaced the tokens of {@code generation}. Hands a rotated
     * refresh token to the callback.
     *
     * @throws AuditException when the token endpoint refuses; later calls for the same generation fail alike
     */
    synchronized void refreshAfter(long generation, Refresher refresher) {
        Tokens now = tokens;
        if (now.generation() != generation) {
            return;
        }
        if (failedGeneration == generation) {
            throw new AuditException(failure);
        }
        if (now.refresh() == null) {
            throw new IllegalStateException("no refresh token");
        }
        Refreshed refreshed;
        try {
            refreshed = refresher.refresh(this, now.refresh());
        } catch (AuditException e) {
            failedGeneration = generation;
            failure = e.getMessage();
            throw e;
        }
        remember(refreshed.accessToken());
        remember(refreshed.refreshToken());
        boolean rotated = refreshed.refreshToken() != null && !refreshed.refreshToken().equals(now.refresh());
        tokens = new Tokens(refreshed.accessToken(), rotated ? refreshed.refreshToken() : now.refresh(), generation + 1);
        LOG.log(Level.INFO, rotated
                ? "refreshed the Jira OAuth access token; the refresh token rotated and the new one went to the caller to store"
                : "refreshed the Jira OAuth access token");
        if (rotated) {
            handOver(refreshed.refreshToken());
        }
    }

    private void handOver(SecretValue newRefreshToken) {
        try {
            onRefreshTokenRotated.accept(newRefreshToken);
        } catch (RuntimeException e) {
            String reason = new Redaction(this::secretValues).excerpt(e.getMessage(), Excerpt.MAX);
            LOG.log(Level.WARNING, "could not store the rotated JIRA_REFRESH_TOKEN (" + reason + "); this run goes on,"
                    + " but the previous refresh token no longer works: authorize again before the next run");
        }
    }

    private void remember(SecretValue secret) {
        if (secret != null) {
            seen.add(secret.reveal());
        }
    }
}
