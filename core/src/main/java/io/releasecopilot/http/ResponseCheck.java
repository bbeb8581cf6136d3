package io.releasecopilot.http;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Sorts a GET response into done, retry or fail. 2xx counts only with a complete JSON body; 408, 429 and
 * 5xx are retried (with the server's {@code Retry-After}); 401, 403, 404, redirects and other 4xx fail at
 * once with a message that names the credential, the URL and what to check.
 */
final class ResponseCheck {

    private ResponseCheck() {
    }

    static Outcome<HttpBody> classify(String resource, URI url, HttpResponse<byte[]> response, ApiAccess access,
            Redaction redaction, Clock clock) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status >= 200 && status < 300) {
            return success(url, status, body, response, redaction);
        }
        if (status == 408 || status == 429 || status >= 500 && status <= 599) {
            String reason = StatusText.of(status) + RateLimits.reason(response.headers(), redaction);
            return new Outcome.Retry<>(reason, Excerpt.of(body, redaction),
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock).orElse(null));
        }
        String excerpt = Excerpt.of(body, redaction);
        switch (status) {
            case 401:
                return Outcome.fail(Failures.unauthorized(resource, url, access.auth(), excerpt));
            case 403:
                return Outcome.fail(Failures.forbidden(resource, url, access.hints(), excerpt));
            case 404:
                return Outcome.fail(Failures.notFound(resource, url, access.hints(), excerpt));
            default:
                if (status >= 300 && status < 400) {
                    return Outcome.fail(Failures.redirect(resource, status, url,
                            response.headers().firstValue("Location").map(redaction::apply).orElse(null)));
                }
                return Outcome.fail(Failures.other(resource, status, url, excerpt));
        }
    }

    private static Outcome<HttpBody> success(URI url, int status, byte[] body, HttpResponse<byte[]> response,
            Redaction redaction) {
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() != body.length) {
            return Outcome.retry("response cut short: " + body.length + " of " + declared.getAsLong() + " bytes");
        }
        Optional<String> problem = JsonCheck.problem(body, redaction);
        if (problem.isPresent()) {
            return Outcome.retry(StatusText.of(status) + " with " + problem.get());
        }
        return Outcome.done(new HttpBody(url, status, body, lowerCase(response.headers().map())));
    }

    private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
        Map<String, List<String>> result = new TreeMap<>();
        headers.forEach((name, values) -> result.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                }));
        return result;
    }
}
