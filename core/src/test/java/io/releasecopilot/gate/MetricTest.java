package io.releasecopilot.gate;

import io.releasecopilot.common.Suggest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MetricTest {

    @ParameterizedTest
    @EnumSource(Metric.class)
    void shouldFindEveryMetricByItsId(Metric metric) {
        assertThat(Metric.fromId(metric.id())).contains(metric);
    }

    @Test
    void shouldFindNothingForAnUnknownOrMiscasedId() {
        assertThat(Metric.fromId("orphans")).isEmpty();
        assertThat(Metric.fromId("Coverage")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "orphanCommit, orphanCommits",
        "COVERAGE, coverage",
        "storiesWithoutCommit, storiesWithoutCommits",
        "outOfScopeshare, outOfScopeShare",
        "storiesNotdone, storiesNotDone"})
    void shouldSuggestTheClosestMetric(String typed, String suggestion) {
        assertThat(Suggest.closest(typed, java.util.Arrays.stream(Metric.values()).map(Metric::id).toList()))
                .contains(suggestion);
    }

    @Test
    void shouldSuggestALevelByPrefixAndNothingForUnrelatedNames() {
        assertThat(Suggest.closest("warning", java.util.List.of("warn", "fail"))).contains("warn");
        assertThat(Suggest.closest("failure", java.util.List.of("warn", "fail"))).contains("fail");
        assertThat(Suggest.closest("max", java.util.List.of("warn", "fail"))).isEmpty();
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    }
}
