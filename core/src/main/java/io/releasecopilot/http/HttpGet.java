package io.releasecopilot.http;

import java.net.URI;

/**
 * The one door through which source clients (Jira, Bitbucket) read an HTTP API. Authentication, retries,
 * timeouts, proxies and the mapping of failures to one-line errors live behind it.
 *
 * @see ResilientHttpGet the implementation for the live APIs
 */
@FunctionalInterface
public interface HttpGet {

    /**
     * GETs {@code url} and returns a successful response whose body is complete, well-formed JSON.
     *
     * @param url      the absolute address
     * @param resource what is being read, for error messages ({@code "Jira search"},
     *                 {@code "commits of acme/portal at main"})
     * @throws io.releasecopilot.common.AuditException when the request fails for good: 401, 403 and 404 at
     *         once (naming the credential or resource), other failures once the retries are spent
     */
    HttpBody get(URI url, String resource);
}
