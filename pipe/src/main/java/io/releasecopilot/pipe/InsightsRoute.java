package io.releasecopilot.pipe;

import io.releasecopilot.common.SecretValue;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How the Code Insights report reaches Bitbucket Cloud.
 * <ul>
 *   <li>With Bitbucket credentials or {@code BITBUCKET_BASE_URL}: directly to the API, with Basic
 *       (e-mail + API token) or Bearer (access token) when credentials are set.</li>
 *   <li>Otherwise, inside Pipelines: through the Pipelines auth proxy, which adds the credentials itself; the
 *       API is then addressed over {@code http://api.bitbucket.org/2.0}, as that proxy requires.</li>
 *   <li>Otherwise: no route, the report is not posted.</li>
 * </ul>
 *
 * @param apiBase       the API root, ending in {@code /2.0}
 * @param proxy         the proxy to send every request through, or {@code null}
 * @param authorization the {@code Authorization} header value, or {@code null}
 * @param description   how the route is described in the log; never holds a secret
 */
record InsightsRoute(URI apiBase, InetSocketAddress proxy, SecretValue authorization, String description) {

    static final String CLOUD_API = "https://api.bitbucket.org";
    static final String PROXIED_API = "http://api.bitbucket.org/2.0";

    /** Returns the route for {@code config}, or empty when outside Pipelines without credentials or base URL. */
    static Optional<InsightsRoute> of(PipeConfig config) {
        PipeConfig.Bitbucket bitbucket = config.bitbucket();
        if (bitbucket.hasCredentials() || bitbucket.baseUrl() != null) {
            String base = bitbucket.baseUrl() == null ? CLOUD_API : bitbucket.baseUrl().toString();
            URI api = URI.create(base.endsWith("/2.0") ? base : base + "/2.0");
            SecretValue authorization = null;
            String how = "without credentials";
            if (bitbucket.accessToken() != null) {
                authorization = SecretValue.of("Bearer " + bitbucket.accessToken().reveal());
                how = "with BITBUCKET_ACCESS_TOKEN";
            } else if (bitbucket.apiToken() != null) {
                String pair = bitbucket.email() + ":" + bitbucket.apiToken().reveal();
                authorization = SecretValue.of("Basic "
                        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
                how = "with BITBUCKET_EMAIL + BITBUCKET_API_TOKEN";
            }
            return Optional.of(new InsightsRoute(api, null, authorization, "directly to " + api + " " + how));
        }
        if (config.build().inPipelines() && config.pipelinesProxy() != null) {
            InetSocketAddress proxy = config.pipelinesProxy();
            return Optional.of(new InsightsRoute(URI.create(PROXIED_API), proxy, null,
                    "through the Pipelines proxy " + proxy.getHostString() + ":" + proxy.getPort()));
        }
        return Optional.empty();
    }
}
