package io.releasecopilot.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Atlassian's rate-limit headers: {@code RateLimit-Reason} joins the reason of a 429, and
 * {@code X-RateLimit-NearLimit: true} is logged at INFO the first time per host (DEBUG afterwards).
 */
final class RateLimits {

    private static final Logger LOG = System.getLogger(RateLimits.class.getName());

    private final Set<String> warnedHosts = ConcurrentHashMap.newKeySet();

    /** {@code " (RateLimit-Reason: jira-quota-tenant-based)"}, or the empty string; masked before it is cut. */
    static String reason(HttpHeaders headers, Redaction redaction) {
        return headers.firstValue("RateLimit-Reason")
                .map(r -> " (RateLimit-Reason: " + redaction.excerpt(r, 80) + ")")
                .orElse("");
    }

    /** Logs a near-limit warning the server sent with a response from {@code host}, scrubbed by {@code redaction}. */
    void observe(String host, HttpHeaders headers, Redaction redaction) {
        boolean near = headers.firstValue("X-RateLimit-NearLimit").map("true"::equalsIgnoreCase).orElse(false);
        if (!near) {
            return;
        }
        String remaining = headers.firstValue("X-RateLimit-Remaining").map(r -> ", remaining " + redaction.excerpt(r, 20))
                .orElse("");
        String line = "rate limit of " + host + " nearly reached (X-RateLimit-NearLimit: true" + remaining + ")"
                + reason(headers, redaction);
        LOG.log(warnedHosts.add(host) ? Level.INFO : Level.DEBUG, redaction.apply(line));
    }
}
