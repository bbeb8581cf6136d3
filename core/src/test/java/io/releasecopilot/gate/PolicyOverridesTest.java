package io.releasecopilot.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyOverridesTest {

    private final Policy file = PolicyFile.parse("policy.yml", """
            thresholds:
              storiesWithoutCommits: {warn: 0, fail: 5}
              orphanShare: {warn: 0.01, fail: 0.05}
            ignoreIssueTypes: [Epic, Test]
            """);

    @Test
    void shouldReplaceOnlyTheLevelAFlagGives() {
        Policy merged = PolicyOverrides.apply(file, Map.of(Metric.STORIES_WITHOUT_COMMITS, Threshold.failAt(10)),
                null, "command line");

        assertThat(merged.thresholds()).isEqualTo(Map.of(
                Metric.STORIES_WITHOUT_COMMITS, new Threshold(0.0, 10.0),
                Metric.ORPHAN_SHARE, new Threshold(0.01, 0.05)));
        assertThat(merged.ignoredIssueTypes()).containsExactlyInAnyOrder("Epic", "Test");
        assertThat(merged.source()).isEqualTo("policy.yml + command line");
    }

    @Test
    void shouldAddAMetricTheFileDoesNotName() {
        Policy merged = PolicyOverrides.apply(file, Map.of(Metric.COVERAGE, new Threshold(0.95, 0.9)), null, "flags");

        assertThat(merged.thresholds()).containsEntry(Metric.COVERAGE, new Threshold(0.95, 0.9)).hasSize(3);
    }

    @Test
    void shouldReplaceIgnoredIssueTypesWhenGiven() {
        assertThat(PolicyOverrides.apply(file, Map.of(), Set.of("Spike"), "flags").ignoredIssueTypes())
                .containsExactly("Spike");
        assertThat(PolicyOverrides.apply(file, Map.of(), Set.of(), "flags").ignoredIssueTypes()).isEmpty();
    }

    @Test
    void shouldReturnTheBaseWhenNothingIsGiven() {
        assertThat(PolicyOverrides.apply(file, Map.of(), null, "flags")).isSameAs(file);
        assertThat(PolicyOverrides.apply(file, Map.of(Metric.COVERAGE, new Threshold(null, null)), null, "flags"))
                .isSameAs(file);
    }

    @Test
    void shouldOverrideTheDefaults() {
        Policy merged = PolicyOverrides.apply(Policy.defaults(),
                Map.of(Metric.ORPHAN_COMMITS, Threshold.failAt(50)), null, "step parameters");

        assertThat(merged.thresholds()).containsEntry(Metric.ORPHAN_COMMITS, new Threshold(0.0, 50.0));
        assertThat(merged.source()).isEqualTo("defaults + step parameters");
        assertThat(Gate.evaluate(merged, Audits.audit().linked(10).orphan(51).build()).reasons())
                .containsExactly("51 orphan commits (FAIL above 50)");
    }

    @Test
    void shouldRejectAnInvalidFlagNamingItsSource() {
        assertThatThrownBy(() -> PolicyOverrides.apply(file, Map.of(Metric.ORPHAN_COMMITS, Threshold.failAt(-1)),
                null, "command line"))
                .isInstanceOf(UsageException.class)
                .hasMessage("command line: orphanCommits.fail: must not be negative, got -1");
        assertThatThrownBy(() -> PolicyOverrides.apply(file, Map.of(Metric.COVERAGE, Threshold.warnAt(95)),
                null, "command line"))
                .hasMessage("command line: coverage.warn: a share must be between 0 and 1, got 95 (write 95% as 0.95)");
    }

    @Test
    void shouldRejectAFlagThatPutsFailBeforeTheFilesWarn() {
        assertThatThrownBy(() -> PolicyOverrides.apply(file, Map.of(Metric.ORPHAN_SHARE, Threshold.failAt(0.005)),
                null, "command line"))
                .isInstanceOf(UsageException.class)
                .hasMessage("command line: orphanShare: the warn limit 0.01 is above the fail limit 0.005 "
                        + "(for a maximum, warn must be at most fail)");
    }
}
