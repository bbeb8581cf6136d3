package io.releasecopilot.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 1123), relative to a clock. */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * Returns the delay the header asks for; a date in the past gives zero. Returns empty for a missing or
     * unreadable header (the caller then uses its own backoff).
     */
    static Optional<Duration> parse(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return Optional.of(value.length() > 9 ? Duration.ofDays(365) : Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && seconds < 1e9) {
                return Optional.of(Duration.ofMillis((long) (seconds * 1000)));
            }
            return Optional.empty();
        } catch (NumberFormatException notANumber) {
            return date(value, clock);
        }
    }

    private static Optional<Duration> date(String value, Clock clock) {
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(clock.instant(), at);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
