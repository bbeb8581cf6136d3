package io.releasecopilot.http;

import java.net.URI;
import java.util.Objects;

/**
 * Everything needed to call one API: where it lives, how to authenticate, and what to advise when it says
 * no. Built by {@link JiraAccess#resolve} and {@link BitbucketAccess#resolve}; handed to
 * {@link ResilientHttpGet}, which sends the credential only to {@code baseUrl}'s scheme, host and port.
 *
 * @param baseUrl the API base without a trailing slash, e.g. {@code https://api.atlassian.com/ex/jira/<cloudId>}
 *                or {@code https://api.bitbucket.org}; source clients append the REST paths
 * @param auth    the credential
 * @param hints   advice for 403 and 404
 */
public record ApiAccess(URI baseUrl, Auth auth, FailureHints hints) {

    public ApiAccess {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(hints, "hints");
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the API base URL must be absolute: " + Urls.display(baseUrl));
        }
        baseUrl = withoutTrailingSlash(baseUrl);
    }

    /** An address below the base: {@code resolve("/rest/api/3/search/jql")}. */
    public URI resolve(String pathAndQuery) {
        String suffix = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
        return URI.create(baseUrl + suffix);
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return end == text.length() ? url : URI.create(text.substring(0, end));
    }
}
