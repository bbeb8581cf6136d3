package io.releasecopilot.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How hard {@link ResilientHttpGet} tries: bounded attempts, exponential backoff with <em>full jitter</em>,
 * a bound on the total time of one call, and the connect and request timeouts of each attempt.
 *
 * <p><b>Backoff.</b> Before retry {@code n} (1 for the first retry) the wait is drawn uniformly from
 * {@code [0, min(maxBackoff, initialBackoff × 2^(n-1))]} ("full jitter"), which spreads clients that failed
 * together. A server's {@code Retry-After} replaces the drawn wait: it is used as given, raised to at least
 * {@code initialBackoff} (so {@code Retry-After: 0} or a date in the past does not make a tight loop) and
 * capped at {@code maxBackoff}.
 *
 * <p><b>Total time.</b> No attempt starts after {@code maxTotalTime} has passed since the first one, and no
 * wait is begun that would end past that point: the call fails at once, saying so, rather than sleep and
 * give up. Each attempt's timeout is also cut to the time that remains.
 *
 * @param maxAttempts    attempts in all, the first included (at least 1)
 * @param initialBackoff the ceiling of the first backoff, and the floor of a {@code Retry-After} wait
 * @param maxBackoff     the largest wait between two attempts
 * @param maxTotalTime   the time after which no attempt starts
 * @param connectTimeout the time allowed to open a connection
 * @param requestTimeout the time allowed for one whole exchange, from sending to the last byte of the body
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotalTime,
        Duration connectTimeout, Duration requestTimeout) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        requirePositive(initialBackoff, "initialBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(maxTotalTime, "maxTotalTime");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be less than initialBackoff");
        }
    }

    /** 5 attempts, 500 ms initial and 30 s maximum backoff, 2 min in all, 10 s to connect, 60 s per request. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /**
     * Small values for tests: 4 attempts, 10 ms initial and 80 ms maximum backoff, 30 s in all, 2 s to
     * connect, 2 s per request.
     */
    public static RetryPolicy fast() {
        return new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(80), Duration.ofSeconds(30),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    /** Returns a copy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxTotalTime, connectTimeout, requestTimeout);
    }

    /** Returns a copy with other backoff bounds and total time. */
    public RetryPolicy withBackoff(Duration initial, Duration max, Duration total) {
        return new RetryPolicy(maxAttempts, initial, max, total, connectTimeout, requestTimeout);
    }

    /** Returns a copy with other timeouts. */
    public RetryPolicy withTimeouts(Duration connect, Duration request) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxTotalTime, connect, request);
    }

    /** The largest wait before retry {@code retry} (1-based): {@code min(maxBackoff, initialBackoff × 2^(retry-1))}. */
    Duration backoffCeiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry is 1-based: " + retry);
        }
        int doublings = Math.min(retry - 1, 30);
        long ceiling = initialBackoff.toNanos();
        for (int i = 0; i < doublings && ceiling < maxBackoff.toNanos(); i++) {
            ceiling *= 2;
        }
        return Duration.ofNanos(Math.min(ceiling, maxBackoff.toNanos()));
    }

    /** The full-jitter wait before retry {@code retry}; {@code random} yields values in {@code [0, 1)}. */
    Duration backoff(int retry, DoubleSupplier random) {
        double r = random.getAsDouble();
        if (r < 0 || r >= 1) {
            throw new IllegalArgumentException("random value outside [0, 1): " + r);
        }
        return Duration.ofNanos((long) (backoffCeiling(retry).toNanos() * r));
    }

    /** The wait for a server's {@code Retry-After}: at least {@code initialBackoff}, at most {@code maxBackoff}. */
    Duration retryAfterWait(Duration retryAfter) {
        Duration wait = retryAfter.compareTo(initialBackoff) < 0 ? initialBackoff : retryAfter;
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }
}
