package io.releasecopilot.http;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Turns the Bitbucket settings (docs/credentials-and-http.md) into an {@link ApiAccess}.
 *
 * <p><b>Cloud</b> (base {@code https://api.bitbucket.org} unless {@code BITBUCKET_BASE_URL} or the argument says
 * otherwise; {@code https://bitbucket.org} is taken to mean the API host, and a trailing {@code /2.0} is dropped
 * because source clients add it), one of: <ul> <li>{@code BITBUCKET_EMAIL} + {@code BITBUCKET_API_TOKEN}: an API token
 * with the Atlassian account email, Basic;</li> <li>{@code BITBUCKET_ACCESS_TOKEN}: a repository, project or workspace
 * access token, Bearer.</li> </ul> A {@code BITBUCKET_APP_PASSWORD} fails with a message saying what to use instead:
 * app passwords were removed on 2026-07-28.
 *
 * <p><b>Data Center</b> (base from {@code BITBUCKET_BASE_URL} or the argument, required), one of:
 * <ul>
 *   <li>{@code BITBUCKET_ACCESS_TOKEN}: an HTTP access token, Bearer (project and repository tokens accept
 *       nothing else);</li>
 *   <li>{@code BITBUCKET_USERNAME} + {@code BITBUCKET_PASSWORD}: Basic.</li>
 * </ul>
 *
 * <p>Blank values count as absent. Missing, half-given or conflicting settings fail with a
 * {@link UsageException} that names exactly what to set.
 */
public final class BitbucketAccess {

    /** The Bitbucket Cloud API host. */
    public static final URI CLOUD_API = URI.create("https://api.bitbucket.org");

    static final String APP_PASSWORD_REMOVED = "BITBUCKET_APP_PASSWORD: Bitbucket Cloud app passwords were removed on"
            + " 2026-07-28; create an API token (BITBUCKET_EMAIL + BITBUCKET_API_TOKEN) or an access token"
            + " (BITBUCKET_ACCESS_TOKEN)";

    private static final String EXPIRY = "API tokens expire after at most one year";

    private BitbucketAccess() {
    }

    /**
     * Resolves the Bitbucket API base and credential.
     *
     * @param env     where the settings are looked up
     * @param flavor  {@code cloud} or {@code datacenter}
     * @param baseUrl the API base; {@code null} to read {@code BITBUCKET_BASE_URL} (Cloud: else the default)
     * @throws UsageException when settings are missing, half given, conflicting or malformed, or an app
     *         password is given for Cloud
     */
    public static ApiAccess resolve(CredentialSource env, String flavor, URI baseUrl) {
        SourceFlavor kind = AccessSettings.flavor("Bitbucket", flavor);
        URI base = AccessSettings.url(baseUrl, env, "BITBUCKET_BASE_URL");
        return kind == SourceFlavor.CLOUD ? cloud(env, base) : dataCenter(env, base);
    }

    private static ApiAccess cloud(CredentialSource env, URI base) {
        if (env.has("BITBUCKET_APP_PASSWORD")) {
            throw new UsageException(APP_PASSWORD_REMOVED);
        }
        boolean apiToken = env.has("BITBUCKET_EMAIL") || env.has("BITBUCKET_API_TOKEN");
        boolean accessToken = env.has("BITBUCKET_ACCESS_TOKEN");
        if (apiToken && accessToken) {
            throw new UsageException("Bitbucket Cloud: both an API token (BITBUCKET_EMAIL, BITBUCKET_API_TOKEN) and"
                    + " an access token (BITBUCKET_ACCESS_TOKEN) are set; unset one of them");
        }
        Auth auth;
        FailureHints hints;
        String notFound = "check --workspace, --repo and --branch; a private repository also answers 404 to a"
                + " credential that cannot see it";
        if (accessToken) {
            auth = new Auth.Bearer(env.secret("BITBUCKET_ACCESS_TOKEN").orElseThrow(),
                    "BITBUCKET_ACCESS_TOKEN (a repository, project or workspace access token; it may have expired"
                            + " or been revoked)");
            hints = new FailureHints("the access token in BITBUCKET_ACCESS_TOKEN lacks a permission: it needs"
                    + " Repositories: Read (and Pull requests: Read for pull requests)", notFound);
        } else if (apiToken) {
            if (!env.has("BITBUCKET_EMAIL") && env.has("BITBUCKET_USERNAME")) {
                throw new UsageException("Bitbucket Cloud API token: BITBUCKET_API_TOKEN goes with the Atlassian"
                        + " account email, not the Bitbucket username; set BITBUCKET_EMAIL");
            }
            AccessSettings.requireAll(env, "Bitbucket Cloud API token", List.of("BITBUCKET_EMAIL", "BITBUCKET_API_TOKEN"));
            auth = new Auth.Basic(env.value("BITBUCKET_EMAIL").orElseThrow(),
                    env.secret("BITBUCKET_API_TOKEN").orElseThrow(),
                    "BITBUCKET_EMAIL (the Atlassian account email, not the username) and BITBUCKET_API_TOKEN ("
                            + EXPIRY + ")");
            hints = new FailureHints("the API token in BITBUCKET_API_TOKEN lacks a scope: it needs"
                    + " read:repository:bitbucket (and read:pullrequest:bitbucket for pull requests)", notFound);
        } else if (env.has("BITBUCKET_PASSWORD")) {
            throw new UsageException("BITBUCKET_PASSWORD: Bitbucket Cloud accepts neither account passwords nor app"
                    + " passwords (removed on 2026-07-28) on its API; create an API token (BITBUCKET_EMAIL +"
                    + " BITBUCKET_API_TOKEN) or an access token (BITBUCKET_ACCESS_TOKEN)");
        } else {
            throw new UsageException("Bitbucket Cloud credentials missing: set BITBUCKET_EMAIL and BITBUCKET_API_TOKEN"
                    + " (API token), or BITBUCKET_ACCESS_TOKEN (access token)");
        }
        return new ApiAccess(cloudBase(base), auth, hints);
    }

    private static ApiAccess dataCenter(CredentialSource env, URI base) {
        boolean password = env.has("BITBUCKET_USERNAME") || env.has("BITBUCKET_PASSWORD");
        boolean token = env.has("BITBUCKET_ACCESS_TOKEN");
        if (password && token) {
            throw new UsageException("Bitbucket Data Center: both an HTTP access token (BITBUCKET_ACCESS_TOKEN) and a"
                    + " username and password (BITBUCKET_USERNAME, BITBUCKET_PASSWORD) are set; unset one of them");
        }
        Auth auth;
        if (token) {
            auth = new Auth.Bearer(env.secret("BITBUCKET_ACCESS_TOKEN").orElseThrow(),
                    "BITBUCKET_ACCESS_TOKEN (an HTTP access token; it may have expired or been revoked)");
        } else if (password) {
            AccessSettings.requireAll(env, "Bitbucket Data Center username and password",
                    List.of("BITBUCKET_USERNAME", "BITBUCKET_PASSWORD"));
            auth = new Auth.Basic(env.value("BITBUCKET_USERNAME").orElseThrow(),
                    env.secret("BITBUCKET_PASSWORD").orElseThrow(), "BITBUCKET_USERNAME and BITBUCKET_PASSWORD");
        } else {
            throw new UsageException("Bitbucket Data Center credentials missing: set BITBUCKET_ACCESS_TOKEN (an HTTP"
                    + " access token), or BITBUCKET_USERNAME and BITBUCKET_PASSWORD");
        }
        if (base == null) {
            throw new UsageException("BITBUCKET_BASE_URL: not set; Bitbucket Data Center needs its base URL, e.g."
                    + " https://bitbucket.example.com");
        }
        return new ApiAccess(base, auth, new FailureHints(
                "the account or token lacks permission: it needs read access to the project or repository",
                "check BITBUCKET_BASE_URL (with any context path), the project key, --repo and --branch"));
    }

    private static URI cloudBase(URI base) {
        if (base == null) {
            return CLOUD_API;
        }
        String host = base.getHost().toLowerCase(Locale.ROOT);
        if ("bitbucket.org".equals(host) || "www.bitbucket.org".equals(host)) {
            return CLOUD_API;
        }
        String text = base.toString().replaceAll("/+$", "");
        return URI.create(text.endsWith("/2.0") ? text.substring(0, text.length() - 4) : text);
    }
}
