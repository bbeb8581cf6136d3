package io.releasecopilot.http;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.net.URI;

/**
 * The one-line errors for requests refused for good. Shape: {@code <resource>: <status> from <url>; <advice>}
 * followed by {@code ; server said: <excerpt>} when the body explains. Never a header value or a token: each
 * text from the server is masked in full before it is cut ({@link Redaction#excerpt}), and the caller scrubs the
 * finished line with the run's {@link Redaction} as a last step.
 */
final class Failures {

    private Failures() {
    }

    static String unauthorized(String resource, URI url, Auth auth, String excerpt) {
        return line(resource, StatusText.of(401), url, "check " + auth.credentialNames(), excerpt);
    }

    static String forbidden(String resource, URI url, FailureHints hints, String excerpt) {
        return line(resource, StatusText.of(403), url, hints.forbidden(), excerpt);
    }

    static String notFound(String resource, URI url, FailureHints hints, String excerpt) {
        return line(resource, StatusText.of(404), url, hints.notFound(), excerpt);
    }

    static String redirect(String resource, int status, URI url, String location) {
        String advice = location == null || location.isBlank()
                ? "redirects are not followed; check the base URL"
                : "redirects are not followed (credentials stay with the configured host); the server points to "
                        + UntrustedText.oneLine(location, Excerpt.MAX) + ": check the base URL";
        return line(resource, StatusText.of(status), url, advice, "");
    }

    static String other(String resource, int status, URI url, String excerpt) {
        return line(resource, StatusText.of(status), url, "", excerpt);
    }

    /** Builds the line; empty parts are left out. */
    static String line(String resource, String what, URI url, String advice, String excerpt) {
        StringBuilder text = new StringBuilder();
        text.append(resource).append(": ").append(what).append(" from ").append(Urls.display(url));
        if (!advice.isEmpty()) {
            text.append("; ").append(advice);
        }
        if (!excerpt.isEmpty()) {
            text.append("; server said: ").append(excerpt);
        }
        return text.toString();
    }

    /** The error thrown, with {@code line} scrubbed of the credential's values. */
    static AuditException error(String line, Redaction redaction) {
        return new AuditException(UntrustedText.oneLine(redaction.apply(line), Integer.MAX_VALUE));
    }
}
