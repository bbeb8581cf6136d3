package io.releasecopilot.http;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The attempts of one GET: builds the request with the current credential, refreshes an OAuth access token
 * at most once per call (before the first request when there is none yet, or after a 401), and sorts the
 * response with {@link ResponseCheck}.
 */
final class GetExchange implements RetryLoop.Attempt<HttpBody> {

    private static final Logger LOG = System.getLogger(GetExchange.class.getName());

    private final URI url;
    private final String resource;
    private final ResilientHttpGet owner;
    private boolean refreshed;

    GetExchange(URI url, String resource, ResilientHttpGet owner) {
        this.url = url;
        this.resource = resource;
        this.owner = owner;
    }

    @Override
    public Outcome<HttpBody> run(Duration timeout) throws IOException, InterruptedException {
        OAuth2 oauth = owner.access().auth() instanceof OAuth2 o ? o : null;
        OAuth2.Tokens tokens = oauth == null ? null : oauth.current();
        if (tokens != null && tokens.access() == null && !refreshed) {
            refreshed = true;
            oauth.refreshAfter(tokens.generation(), owner.refresher());
            tokens = oauth.current();
        }
        HttpResponse<byte[]> response = send(tokens, timeout);
        if (response.statusCode() == 401 && tokens != null && oauth.canRefresh() && !refreshed) {
            refreshed = true;
            LOG.log(Level.INFO, () -> "401 from " + Urls.display(url) + "; refreshing the Jira OAuth access token and"
                    + " repeating the request once");
            oauth.refreshAfter(tokens.generation(), owner.refresher());
            tokens = oauth.current();
            response = send(tokens, timeout);
        }
        owner.rateLimits().observe(Urls.host(url), response.headers(), owner.redaction());
        return ResponseCheck.classify(resource, url, response, owner.access(), owner.redaction(),
                owner.loop().clock());
    }

    private HttpResponse<byte[]> send(OAuth2.Tokens tokens, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", ResilientHttpGet.USER_AGENT);
        Optional<String> authorization = tokens != null ? OAuth2.header(tokens) : owner.access().auth().header();
        authorization.ifPresent(value -> request.header("Authorization", value));
        return owner.transport().send(request.build(), timeout);
    }
}
