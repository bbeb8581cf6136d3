package io.releasecopilot.http;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns the Jira settings (docs/credentials-and-http.md) into an {@link ApiAccess}.
 *
 * <p><b>Cloud</b>, one of:
 * <ul>
 *   <li>{@code JIRA_EMAIL} + {@code JIRA_API_TOKEN}: Basic. Sent to {@code JIRA_BASE_URL}, or, when
 *       {@code JIRA_CLOUD_ID} is set, to the gateway {@code https://api.atlassian.com/ex/jira/<cloudId>}, which
 *       scoped API tokens require (and which avoids the site's CAPTCHA after failed logins);</li>
 *   <li>{@code JIRA_ACCESS_TOKEN} and/or {@code JIRA_REFRESH_TOKEN} + {@code JIRA_CLIENT_ID} +
 *       {@code JIRA_CLIENT_SECRET}: OAuth 2.0 (3LO) bearer, refreshed on 401. Requires {@code JIRA_CLOUD_ID}:
 *       OAuth tokens are only accepted by the gateway, never by the site host.</li>
 * </ul>
 *
 * <p><b>Data Center</b>, one of:
 * <ul>
 *   <li>{@code JIRA_TOKEN}: a personal access token (Jira 8.14 and later), sent as Bearer. Preferred.</li>
 *   <li>{@code JIRA_EMAIL} + {@code JIRA_API_TOKEN} holding the Data Center username and password, sent as
 *       Basic: for sites that have personal access tokens turned off but still allow Basic auth.</li>
 * </ul>
 *
 * <p>Blank values count as absent. Missing, half-given or conflicting settings fail with a
 * {@link UsageException} that names exactly what to set.
 */
public final class JiraAccess {

    /** The Atlassian API gateway for Jira Cloud; the cloud id follows. */
    public static final String GATEWAY = "https://api.atlassian.com/ex/jira/";

    private static final Logger LOG = System.getLogger(JiraAccess.class.getName());
    private static final Pattern CLOUD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String EXPIRY = "API tokens expire after at most one year";

    private JiraAccess() {
    }

    /**
     * Resolves without a place to store a rotated OAuth refresh token: a rotation is logged as a warning, and
     * the next run needs a new authorization. Front ends that can store it use the four-argument form.
     */
    public static ApiAccess resolve(CredentialSource env, String flavor, URI siteUrl) {
        return resolve(env, flavor, siteUrl, rotated -> LOG.log(Level.WARNING,
                "the Jira OAuth refresh token rotated and there is nowhere to store the new one; the value in"
                        + " JIRA_REFRESH_TOKEN no longer works: authorize again before the next run"));
    }

    /**
     * Resolves the Jira API base and credential.
     *
     * @param env                   where the settings are looked up
     * @param flavor                {@code cloud} or {@code datacenter}
     * @param siteUrl               the site, e.g. {@code https://acme.atlassian.net}; {@code null} to read
     *                              {@code JIRA_BASE_URL}
     * @param onRefreshTokenRotated receives each new OAuth refresh token to store where the old one came from
     * @throws UsageException when settings are missing, half given, conflicting or malformed
     */
    public static ApiAccess resolve(CredentialSource env, String flavor, URI siteUrl,
            Consumer<SecretValue> onRefreshTokenRotated) {
        SourceFlavor kind = AccessSettings.flavor("Jira", flavor);
        URI site = AccessSettings.url(siteUrl, env, "JIRA_BASE_URL");
        return kind == SourceFlavor.CLOUD ? cloud(env, site, onRefreshTokenRotated) : dataCenter(env, site);
    }

    private static ApiAccess cloud(CredentialSource env, URI site, Consumer<SecretValue> onRotated) {
        boolean oauth = env.has("JIRA_ACCESS_TOKEN") || env.has("JIRA_REFRESH_TOKEN");
        if (oauth && env.has("JIRA_API_TOKEN")) {
            throw new UsageException("Jira Cloud: both an API token (JIRA_API_TOKEN) and OAuth tokens"
                    + " (JIRA_ACCESS_TOKEN, JIRA_REFRESH_TOKEN) are set; unset one of them");
        }
        if (env.has("JIRA_TOKEN") && (oauth || env.has("JIRA_API_TOKEN"))) {
            throw new UsageException("Jira Cloud: both a Data Center personal access token (JIRA_TOKEN) and "
                    + (oauth ? "OAuth tokens (JIRA_ACCESS_TOKEN, JIRA_REFRESH_TOKEN)" : "an API token (JIRA_API_TOKEN)")
                    + " are set; unset one of them");
        }
        String cloudId = cloudId(env);
        if (oauth) {
            return oauth(env, cloudId, onRotated);
        }
        if (env.has("JIRA_EMAIL") || env.has("JIRA_API_TOKEN")) {
            AccessSettings.requireAll(env, "Jira Cloud API token", List.of("JIRA_EMAIL", "JIRA_API_TOKEN"));
            URI base = cloudId != null ? gateway(cloudId) : requireSite(site, "https://acme.atlassian.net",
                    "; or set JIRA_CLOUD_ID to use the API gateway");
            String names = cloudId != null
                    ? "JIRA_EMAIL, JIRA_API_TOKEN and JIRA_CLOUD_ID (" + EXPIRY
                            + "; a scoped token needs read:jira-work)"
                    : "JIRA_EMAIL and JIRA_API_TOKEN (" + EXPIRY + ")";
            Auth auth = new Auth.Basic(env.value("JIRA_EMAIL").orElseThrow(),
                    env.secret("JIRA_API_TOKEN").orElseThrow(), names);
            return new ApiAccess(base, auth, new FailureHints(
                    "the account of JIRA_EMAIL lacks permission: it needs Browse projects on the audited projects"
                            + " (a scoped API token also needs read:jira-work and JIRA_CLOUD_ID)",
                    notFound(cloudId)));
        }
        String hint = env.has("JIRA_TOKEN")
                ? "JIRA_TOKEN is a Data Center personal access token and does not work with Jira Cloud; " : "";
        throw new UsageException("Jira Cloud credentials missing: " + hint + "set JIRA_EMAIL and JIRA_API_TOKEN"
                + " (API token), or JIRA_CLOUD_ID with JIRA_ACCESS_TOKEN and/or JIRA_REFRESH_TOKEN, JIRA_CLIENT_ID and"
                + " JIRA_CLIENT_SECRET (OAuth 2.0)");
    }

    private static ApiAccess oauth(CredentialSource env, String cloudId, Consumer<SecretValue> onRotated) {
        if (cloudId == null) {
            throw new UsageException("JIRA_CLOUD_ID: not set; Jira OAuth 2.0 tokens (JIRA_ACCESS_TOKEN,"
                    + " JIRA_REFRESH_TOKEN) only work through https://api.atlassian.com/ex/jira/<cloudId>, not the"
                    + " site host; find the id at https://<site>.atlassian.net/_edge/tenant_info");
        }
        if (env.has("JIRA_REFRESH_TOKEN")) {
            AccessSettings.requireAll(env, "Jira OAuth refresh",
                    List.of("JIRA_REFRESH_TOKEN", "JIRA_CLIENT_ID", "JIRA_CLIENT_SECRET"));
        }
        OAuth2 auth = new OAuth2(env.secret("JIRA_ACCESS_TOKEN").orElse(null),
                env.secret("JIRA_REFRESH_TOKEN").orElse(null), env.value("JIRA_CLIENT_ID").orElse(null),
                env.secret("JIRA_CLIENT_SECRET").orElse(null), OAuth2.ATLASSIAN_TOKEN_ENDPOINT, onRotated);
        return new ApiAccess(gateway(cloudId), auth, new FailureHints(
                "the OAuth token lacks permission: the app needs the read:jira-work scope and its user needs Browse"
                        + " projects on the audited projects",
                notFound(cloudId)));
    }

    private static ApiAccess dataCenter(CredentialSource env, URI site) {
        boolean basic = env.has("JIRA_EMAIL") || env.has("JIRA_API_TOKEN");
        if (env.has("JIRA_TOKEN") && basic) {
            throw new UsageException("Jira Data Center: both a personal access token (JIRA_TOKEN) and a username and"
                    + " password (JIRA_EMAIL, JIRA_API_TOKEN) are set; unset one of them");
        }
        Auth auth;
        if (env.has("JIRA_TOKEN")) {
            auth = new Auth.Bearer(env.secret("JIRA_TOKEN").orElseThrow(),
                    "JIRA_TOKEN (a Data Center personal access token; it may have expired or been revoked)");
        } else if (basic) {
            AccessSettings.requireAll(env, "Jira Data Center username and password",
                    List.of("JIRA_EMAIL", "JIRA_API_TOKEN"));
            auth = new Auth.Basic(env.value("JIRA_EMAIL").orElseThrow(), env.secret("JIRA_API_TOKEN").orElseThrow(),
                    "JIRA_EMAIL (the Data Center username) and JIRA_API_TOKEN (its password)");
        } else {
            throw new UsageException("Jira Data Center credentials missing: set JIRA_TOKEN (a personal access token),"
                    + " or JIRA_EMAIL and JIRA_API_TOKEN (username and password)");
        }
        URI base = requireSite(site, "https://jira.example.com", "");
        return new ApiAccess(base, auth, new FailureHints(
                "the account lacks permission: it needs Browse projects on the audited projects",
                "check JIRA_BASE_URL (with any context path such as /jira), the project keys and the fix version"));
    }

    private static String cloudId(CredentialSource env) {
        String id = env.value("JIRA_CLOUD_ID").orElse(null);
        if (id != null && !CLOUD_ID.matcher(id).matches()) {
            throw new UsageException("JIRA_CLOUD_ID: expected an id like 11223344-a1b2-3b33-c444-def123456789, got '"
                    + UntrustedText.oneLine(id, 70) + "'");
        }
        return id;
    }

    private static URI gateway(String cloudId) {
        return URI.create(GATEWAY + cloudId);
    }

    private static URI requireSite(URI site, String example, String alternative) {
        if (site == null) {
            throw new UsageException("JIRA_BASE_URL: not set; set it to the site, e.g. " + example + alternative);
        }
        return site;
    }

    private static String notFound(String cloudId) {
        return cloudId == null
                ? "check JIRA_BASE_URL, the project keys and the fix version"
                : "check JIRA_CLOUD_ID, the project keys and the fix version";
    }
}
