package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Retry-After as delay-seconds or as an HTTP date. */
class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldReadSeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("1.5", clock)).contains(Duration.ofMillis(1500));
    }

    @Test
    void shouldReadAnHttpDate() {
        assertThat(RetryAfter.parse("Tue, 01 Sep 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Tue, 01 Sep 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void shouldIgnoreWhatItCannotRead() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("NaN", clock)).isEmpty();
    }

    @Test
    void shouldNotOverflowOnHugeNumbers() {
        assertThat(RetryAfter.parse("99999999999999999999", clock)).contains(Duration.ofDays(365));
    }
}
