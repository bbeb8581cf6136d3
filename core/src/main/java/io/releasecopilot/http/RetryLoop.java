package io.releasecopilot.http;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * Runs the attempts of one call under a {@link RetryPolicy}: waits between them (backoff with jitter, or
 * the server's {@code Retry-After}), stops at the attempt or time limit, logs one INFO line per retry and
 * turns the end into one {@link AuditException} line. Every message it emits is scrubbed of credentials.
 */
final class RetryLoop {

    private static final Logger LOG = System.getLogger(RetryLoop.class.getName());

    /** One attempt; {@code timeout} is what remains of the request timeout and the total time. */
    @FunctionalInterface
    interface Attempt<T> {
        Outcome<T> run(Duration timeout) throws IOException, InterruptedException;
    }

    /**
     * What is being called, for messages.
     *
     * @param method     {@code GET} or {@code POST}
     * @param url        the address
     * @param resource   what is read, e.g. {@code "Jira search"}
     * @param idempotent whether a request that may have reached the server can be sent again; when not,
     *                   only failures to connect, 429 and 503 are retried
     */
    record Call(String method, URI url, String resource, boolean idempotent) {
    }

    private final RetryPolicy policy;
    private final HttpStats stats;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryLoop(RetryPolicy policy, HttpStats stats, Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this.policy = policy;
        this.stats = stats;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    RetryPolicy policy() {
        return policy;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code attempt} until it is done, fails for good, or the limits are reached. */
    <T> T run(Call call, Redaction redaction, Attempt<T> attempt) {
        String host = Urls.host(call.url());
        Instant start = clock.instant();
        Instant deadline = start.plus(policy.maxTotalTime());
        for (int number = 1;; number++) {
            Duration timeout = min(policy.requestTimeout(), Duration.between(clock.instant(), deadline));
            Outcome<T> outcome = attemptOnce(call, attempt, timeout, host, redaction);
            if (outcome instanceof Outcome.Done<T> done) {
                return done.value();
            }
            if (outcome instanceof Outcome.Fail<T> fail) {
                throw failed(host, fail.message(), redaction);
            }
            Outcome.Retry<T> retry = (Outcome.Retry<T>) outcome;
            if (number >= policy.maxAttempts()) {
                throw failed(host, exhausted(call, number, start, retry, ""), redaction);
            }
            boolean serverAsked = retry.retryAfter() != null;
            Duration wait = serverAsked ? policy.retryAfterWait(retry.retryAfter()) : policy.backoff(number, random);
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (wait.compareTo(remaining) >= 0) {
                String stop = "; stopped because waiting " + Durations.format(wait) + " more would pass the "
                        + Durations.format(policy.maxTotalTime()) + " time limit";
                throw failed(host, exhausted(call, number, start, retry, stop), redaction);
            }
            logRetry(call, number + 1, retry, wait, serverAsked, redaction);
            stats.retry(host);
            sleep(call, wait, host, redaction);
        }
    }

    private <T> Outcome<T> attemptOnce(Call call, Attempt<T> attempt, Duration timeout, String host,
            Redaction redaction) {
        try {
            return attempt.run(timeout);
        } catch (IOException e) {
            return classify(call, e, timeout, redaction);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(host, call.resource() + ": interrupted while calling " + Urls.display(call.url()), redaction);
        }
    }

    private <T> Outcome<T> classify(Call call, IOException e, Duration timeout, Redaction redaction) {
        String description = IoFailures.describe(e, timeout, policy.connectTimeout(), redaction);
        if (e instanceof SSLException) {
            return Outcome.fail(Failures.line(call.resource(), description, call.url(),
                    "check the server certificate, the trust store and any TLS-inspecting proxy", ""));
        }
        boolean neverSent = e instanceof HttpConnectTimeoutException || e instanceof ConnectException;
        if (!call.idempotent() && !neverSent) {
            return Outcome.fail(Failures.line(call.resource(), description, call.url(),
                    "not retried because the server may have acted on the request", ""));
        }
        return Outcome.retry(description);
    }

    private void sleep(Call call, Duration wait, String host, Redaction redaction) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(host, call.resource() + ": interrupted while waiting to retry " + Urls.display(call.url()),
                    redaction);
        }
    }

    private String exhausted(Call call, int attempts, Instant start, Outcome.Retry<?> last, String stop) {
        Duration elapsed = Duration.between(start, clock.instant());
        StringBuilder text = new StringBuilder();
        text.append(call.resource()).append(": ").append(call.method()).append(' ').append(Urls.display(call.url()))
                .append(" failed after ").append(attempts).append(attempts == 1 ? " attempt" : " attempts")
                .append(" in ").append(Durations.format(elapsed)).append(stop)
                .append("; last error: ").append(last.reason());
        if (!last.detail().isEmpty()) {
            text.append("; server said: ").append(last.detail());
        }
        return text.toString();
    }

    private void logRetry(Call call, int next, Outcome.Retry<?> retry, Duration wait, boolean serverAsked,
            Redaction redaction) {
        if (LOG.isLoggable(Level.INFO)) {
            String line = "retrying " + call.method() + " " + Urls.display(call.url()) + " (attempt " + next + " of "
                    + policy.maxAttempts() + ") after " + retry.reason() + "; waiting " + Durations.format(wait)
                    + (serverAsked ? " (Retry-After)" : " (backoff)");
            LOG.log(Level.INFO, UntrustedText.oneLine(redaction.apply(line), Integer.MAX_VALUE));
        }
    }

    private AuditException failed(String host, String message, Redaction redaction) {
        stats.failure(host);
        return Failures.error(message, redaction);
    }

    private static Duration min(Duration a, Duration b) {
        Duration smaller = a.compareTo(b) <= 0 ? a : b;
        return smaller.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : smaller;
    }
}
