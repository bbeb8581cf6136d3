package io.releasecopilot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void shouldFormatInstantsAsInstantToStringDoes() {
        long[] seconds = {0, 1, 59, 60, 3_599, 3_600, 86_399, 86_400, 951_782_400, 1_709_251_199,
            4_107_542_400L, 253_402_300_799L};
        int[] nanos = {0, 1, 999, 1_000, 999_000, 1_000_000, 100_000_000, 120_000_000, 123_456_000, 123_456_789,
            999_999_999};
        for (long second : seconds) {
            for (int nano : nanos) {
                Instant instant = Instant.ofEpochSecond(second, nano);
                assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
            }
        }
    }

    @Test
    void shouldFormatInstantsOutsideTheYears1970To9999AsInstantToStringDoes() {
        for (Instant instant : new Instant[] {Instant.ofEpochSecond(-1), Instant.ofEpochSecond(-86_401, 5),
            Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0001-01-01T00:00:00Z"), Instant.MIN,
            Instant.MAX}) {
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void shouldNotReuseTheDateOfAnotherDay() {
        Random random = new Random(7);
        Instant previous = Instant.parse("2024-04-30T23:59:59Z");
        for (int i = 0; i < 200_000; i++) {
            // mostly the next or the same day, as sorted commits are; now and then anywhere in the range
            Instant instant = random.nextInt(50) == 0
                    ? Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
                            random.nextInt(1_000_000_000))
                    : previous.plusSeconds(random.nextInt(-90_000, 90_000)).plusNanos(random.nextInt(3) * 1_000_000);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
            previous = instant;
        }
    }
}
