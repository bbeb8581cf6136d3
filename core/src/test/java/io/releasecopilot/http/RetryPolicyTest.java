package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Backoff ceilings, full jitter, Retry-After floor and cap, and the policy's own checks. */
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void shouldHaveTheDocumentedDefaults() {
        assertThat(policy).isEqualTo(new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofSeconds(10), Duration.ofSeconds(60)));
    }

    @Test
    void shouldDoubleTheCeilingUntilTheMaximum() {
        assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffCeiling(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffCeiling(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoffCeiling(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldDrawFullJitterBetweenZeroAndTheCeiling() {
        Random random = new Random(7);
        for (int retry = 1; retry <= 12; retry++) {
            for (int i = 0; i < 50; i++) {
                assertThat(policy.backoff(retry, random::nextDouble))
                        .isBetween(Duration.ZERO, policy.backoffCeiling(retry));
            }
        }
        assertThat(policy.backoff(3, () -> 0.0)).isZero();
        assertThat(policy.backoff(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
        assertThatThrownBy(() -> policy.backoff(1, () -> 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRaiseRetryAfterToTheFloorAndCapItAtTheMaximum() {
        assertThat(policy.retryAfterWait(Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.retryAfterWait(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.retryAfterWait(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldRejectNonsense() {
        assertThatThrownBy(() -> policy.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> policy.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxBackoff");
    }

    @Test
    void shouldKeepTestValuesSmall() {
        RetryPolicy fast = RetryPolicy.fast();
        assertThat(fast.maxBackoff()).isLessThan(Duration.ofSeconds(1));
        assertThat(fast.requestTimeout()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }
}
