package io.releasecopilot.http;

import java.util.Objects;

/**
 * What to tell the user when an API refuses a request for good. The 401 advice comes from
 * {@link Auth#credentialNames()}; these two cover the rest.
 *
 * @param forbidden advice for 403, e.g. which permission or token scope is missing
 * @param notFound  advice for 404, e.g. {@code "check --workspace, --repo and --branch"}
 */
public record FailureHints(String forbidden, String notFound) {

    /** Advice that fits any API. */
    public static final FailureHints GENERIC = new FailureHints(
            "the credential lacks permission to read this resource", "check the base URL and the names in the request");

    public FailureHints {
        Objects.requireNonNull(forbidden, "forbidden");
        Objects.requireNonNull(notFound, "notFound");
    }
}
