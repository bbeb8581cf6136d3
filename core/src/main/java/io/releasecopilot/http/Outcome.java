package io.releasecopilot.http;

import java.time.Duration;

/** What one attempt came to: a result, a reason to try again, or an error that ends the call. */
sealed interface Outcome<T> permits Outcome.Done, Outcome.Retry, Outcome.Fail {

    /** Success. */
    record Done<T>(T value) implements Outcome<T> {
    }

    /**
     * A transient failure.
     *
     * @param reason     short, for the retry log line and the final error ({@code "503 Service Unavailable"})
     * @param detail     what the server said, for the final error; may be empty
     * @param retryAfter the server's {@code Retry-After}, or {@code null}
     */
    record Retry<T>(String reason, String detail, Duration retryAfter) implements Outcome<T> {
    }

    /** A failure for good, as a finished one-line message. */
    record Fail<T>(String message) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> retry(String reason) {
        return new Retry<>(reason, "", null);
    }

    static <T> Outcome<T> fail(String message) {
        return new Fail<>(message);
    }
}
