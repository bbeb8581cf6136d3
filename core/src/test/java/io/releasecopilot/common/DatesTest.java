package io.releasecopilot.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({
        "2022-06-09T16:29:31.871-0700, 2022-06-09T23:29:31.871Z",
        "2023-05-29T03:57:27.000+0000, 2023-05-29T03:57:27Z",
        "2025-04-26T09:50:59+00:00, 2025-04-26T09:50:59Z",
        "2022-08-12T14:59:57.869336+00:00, 2022-08-12T14:59:57.869336Z",
        "2025-09-20T12:00:00Z, 2025-09-20T12:00:00Z",
        "2025-09-20T12:00:00.123456789+05:30, 2025-09-20T06:30:00.123456789Z",
        "2025-09-20T12:00:00+02, 2025-09-20T10:00:00Z",
        "2025-09-20T12:00:00, 2025-09-20T12:00:00Z",
        "2024-02-29T00:00:00-0100, 2024-02-29T01:00:00Z",
        "2020-07-10, 2020-07-10T00:00:00Z",
        "2025-09-20 12:00:00+0000, 2025-09-20T12:00:00Z",
    })
    void shouldParseTheFormsJiraAndBitbucketSend(String text, String expected) {
        assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "today", "11/Dec/18 8:02 PM", "2025-13-01T00:00:00Z", "2023-02-29T00:00:00Z",
        "2025-09-20T25:00:00Z", "2025-09-20T12:00:00+0"})
    void shouldReturnNullForWhatIsNotADate(String text) {
        assertThat(Dates.parse(text)).isNull();
    }
}
