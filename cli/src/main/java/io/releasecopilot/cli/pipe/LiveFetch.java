package io.releasecopilot.cli.pipe;

import io.releasecopilot.common.AuditException;
import java.nio.file.Path;

/**
 * The one place where the pipe reaches Jira and Bitbucket over HTTP. Until the live sources are merged it
 * refuses with a clear error; {@code RC_CACHE_DIR} audits an existing cache instead.
 */
final class LiveFetch {

    private LiveFetch() {
    }

    /**
     * Fetches the fix version's issues and the commits of every repository into {@code cacheDir}, resuming
     * or extending what is already there.
     *
     * <p>To wire: build the live sources from {@code config} and fetch into {@code cacheDir}:
     * <ul>
     *   <li>Jira: {@code config.jira()} — {@code baseUrl}, {@code flavor} ({@code cloud}|{@code datacenter}),
     *       {@code email} + {@code apiToken} (Basic), {@code token} (Data Center PAT, Bearer), {@code cloudId}
     *       (Cloud gateway); the fix version is {@code config.fixVersion()};</li>
     *   <li>Bitbucket: {@code config.bitbucket()} — {@code baseUrl} ({@code null} = Cloud API),
     *       {@code email} + {@code apiToken} (Basic) or {@code accessToken} (Bearer);</li>
     *   <li>range: {@code config.repos()} (workspace/slug each) × {@code config.branch()}, minus
     *       {@code config.sinceRef()} when set.</li>
     * </ul>
     * Secrets are {@link io.releasecopilot.common.Secret}s; call {@code reveal()} only where they are sent.
     *
     * @throws AuditException when a source cannot be read
     */
    static void intoCache(PipeConfig config, Path cacheDir) {
        throw new AuditException("this build of the pipe cannot fetch from Jira and Bitbucket yet; set "
                + PipeVariables.RC_CACHE_DIR + " to audit an existing cache (would have fetched "
                + config.fixVersion() + " from " + config.repos() + " into " + cacheDir + ")");
    }
}
