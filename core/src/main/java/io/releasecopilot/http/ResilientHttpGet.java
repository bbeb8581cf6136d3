package io.releasecopilot.http;

import io.releasecopilot.common.SecretMask;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The {@link HttpGet} of the live sources, on the JDK's {@link HttpClient}.
 *
 * <ul>
 *   <li>HTTP/1.1 only: the JDK client's h2c upgrade can hide a body that ends early;</li>
 *   <li>proxies through {@link ProxySelector#getDefault()}, so {@code -Dhttps.proxyHost}, {@code -Dhttps.proxyPort}
 *       and {@code -Dhttp.nonProxyHosts} apply;</li>
 *   <li>the connect timeout and a per-attempt timeout that covers headers and body (from {@link RetryPolicy});</li>
 *   <li>{@code Accept: application/json}, {@code User-Agent: release-copilot/<version>} and the {@link Auth}
 *       header on every request; the credential goes only to the scheme, host and port of
 *       {@link ApiAccess#baseUrl()}, and redirects are not followed;</li>
 *   <li>retries (see {@link RetryPolicy}) on 408, 429, 5xx, timeouts, resets, bodies cut short and 2xx
 *       bodies that are not one complete JSON value; 401 (after at most one OAuth refresh), 403, 404 and
 *       other 4xx fail at once with one line that names the credential settings or what to check.</li>
 * </ul>
 *
 * <p>Thread-safe; one instance per API (Jira, Bitbucket) and run, sharing one {@link HttpStats}.
 */
public final class ResilientHttpGet implements HttpGet {

    /** {@code release-copilot/<version>}, the version from the jar manifest ({@code dev} when run from classes). */
    static final String USER_AGENT = "release-copilot/" + version();

    private final ApiAccess access;
    private final Transport transport;
    private final RetryLoop loop;
    private final Redaction redaction;
    private final TokenRefresh refresher;
    private final RateLimits rateLimits = new RateLimits();

    /** A client with the default retry policy and its own stats. */
    public ResilientHttpGet(ApiAccess access) {
        this(access, RetryPolicy.defaults(), new HttpStats());
    }

    /** A client that counts its traffic in {@code stats}, which may be shared with other clients. */
    public ResilientHttpGet(ApiAccess access, RetryPolicy policy, HttpStats stats) {
        this(access, policy, stats, new SecretMask());
    }

    /**
     * A client whose messages and log lines are masked with the run's {@code secrets}, the credentials of every
     * source; this client's own credential is added to it.
     */
    public ResilientHttpGet(ApiAccess access, RetryPolicy policy, HttpStats stats, SecretMask secrets) {
        this(access, policy, stats, ProxySelector.getDefault(), Sleeper.SYSTEM, Clock.systemUTC(),
                () -> ThreadLocalRandom.current().nextDouble(), ResponseWait.SYSTEM, secrets);
    }

    /** For tests: a given proxy selector, sleeper, clock and random source (values in {@code [0, 1)}). */
    ResilientHttpGet(ApiAccess access, RetryPolicy policy, HttpStats stats, ProxySelector proxy, Sleeper sleeper,
            Clock clock, DoubleSupplier random) {
        this(access, policy, stats, proxy, sleeper, clock, random, ResponseWait.SYSTEM, new SecretMask());
    }

    /** For tests: as above, and a given wait for each response, which decides when an attempt times out. */
    ResilientHttpGet(ApiAccess access, RetryPolicy policy, HttpStats stats, ProxySelector proxy, Sleeper sleeper,
            Clock clock, DoubleSupplier random, ResponseWait wait) {
        this(access, policy, stats, proxy, sleeper, clock, random, wait, new SecretMask());
    }

    private ResilientHttpGet(ApiAccess access, RetryPolicy policy, HttpStats stats, ProxySelector proxy,
            Sleeper sleeper, Clock clock, DoubleSupplier random, ResponseWait wait, SecretMask secrets) {
        this.access = Objects.requireNonNull(access, "access");
        HttpClient.Builder client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (proxy != null) {
            client.proxy(proxy);
        }
        this.transport = new Transport(client.build(), stats, wait);
        this.loop = new RetryLoop(policy, stats, sleeper, clock, random);
        this.redaction = Redaction.of(access.auth(), secrets);
        this.refresher = new TokenRefresh(transport, loop, redaction);
    }

    @Override
    public HttpBody get(URI url, String resource) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(resource, "resource");
        if (!url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + Urls.display(url));
        }
        if (!(access.auth() instanceof Auth.None) && !Urls.origin(url).equals(Urls.origin(access.baseUrl()))) {
            throw Failures.error(resource + ": refusing to send the credentials for " + Urls.display(access.baseUrl())
                    + " to " + Urls.display(url) + "; the URL must start with the configured base URL", redaction);
        }
        return loop.run(new RetryLoop.Call("GET", url, resource, true), redaction,
                new GetExchange(url, resource, this));
    }

    /** The API this client calls. */
    public ApiAccess access() {
        return access;
    }

    /** The traffic counters this client adds to. */
    public HttpStats stats() {
        return transport.stats();
    }

    Transport transport() {
        return transport;
    }

    RetryLoop loop() {
        return loop;
    }

    TokenRefresh refresher() {
        return refresher;
    }

    Redaction redaction() {
        return redaction;
    }

    RateLimits rateLimits() {
        return rateLimits;
    }

    private static String version() {
        String version = ResilientHttpGet.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
