package io.releasecopilot.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.AuditResult;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GateTest {

    /** Each metric with a limit that {@link Audits#where} reaches exactly at {@code n}. */
    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of(Metric.STORIES_WITHOUT_COMMITS, 5.0, 5),
                Arguments.of(Metric.STORIES_REVERTED_ONLY, 2.0, 2),
                Arguments.of(Metric.STORIES_NOT_DONE, 3.0, 3),
                Arguments.of(Metric.ORPHAN_COMMITS, 50.0, 50),
                Arguments.of(Metric.ORPHAN_SHARE, 0.05, 5),
                Arguments.of(Metric.OUT_OF_SCOPE_COMMITS, 10.0, 10),
                Arguments.of(Metric.OUT_OF_SCOPE_SHARE, 0.1, 10),
                Arguments.of(Metric.COVERAGE, 0.9, 90));
    }

    @ParameterizedTest(name = "{0} fail limit {1}")
    @MethodSource("limits")
    void shouldFailOnlyBeyondTheFailLimit(Metric metric, double limit, int n) {
        Policy policy = policy(metric, Threshold.failAt(limit));

        GateStatus below = Gate.evaluate(policy, Audits.where(metric, n - 1)).status();
        GateStatus at = Gate.evaluate(policy, Audits.where(metric, n)).status();
        GateStatus above = Gate.evaluate(policy, Audits.where(metric, n + 1)).status();

        assertThat(at).isEqualTo(GateStatus.PASS);
        if (metric.isMinimum()) {
            assertThat(below).isEqualTo(GateStatus.FAIL);
            assertThat(above).isEqualTo(GateStatus.PASS);
        } else {
            assertThat(below).isEqualTo(GateStatus.PASS);
            assertThat(above).isEqualTo(GateStatus.FAIL);
        }
    }

    @ParameterizedTest(name = "{0} warn limit {1}")
    @MethodSource("limits")
    void shouldWarnOnlyBeyondTheWarnLimit(Metric metric, double limit, int n) {
        Policy policy = policy(metric, Threshold.warnAt(limit));

        GateStatus below = Gate.evaluate(policy, Audits.where(metric, n - 1)).status();
        GateStatus at = Gate.evaluate(policy, Audits.where(metric, n)).status();
        GateStatus above = Gate.evaluate(policy, Audits.where(metric, n + 1)).status();

        assertThat(at).isEqualTo(GateStatus.PASS);
        assertThat(metric.isMinimum() ? below : above).isEqualTo(GateStatus.WARN);
        assertThat(metric.isMinimum() ? above : below).isEqualTo(GateStatus.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void shouldMeasureEachMetric(Metric metric, double limit, int n) {
        double expected = metric.isShare() ? n / 100.0 : n;

        assertThat(Gate.measure(metric, Audits.where(metric, n))).isEqualTo(expected);
    }

    static Stream<Arguments> reasons() {
        return Stream.of(
                Arguments.of(Metric.STORIES_WITHOUT_COMMITS, Threshold.failAt(5), Audits.audit().withoutCommits(12).build(),
                        "12 stories without commits (FAIL above 5)"),
                Arguments.of(Metric.STORIES_WITHOUT_COMMITS, Threshold.warnAt(0), Audits.audit().withoutCommits(1).build(),
                        "1 story without commits (WARN above 0)"),
                Arguments.of(Metric.STORIES_REVERTED_ONLY, Threshold.failAt(1), Audits.audit().revertedOnly(2).build(),
                        "2 stories with only reverted commits (FAIL above 1)"),
                Arguments.of(Metric.STORIES_NOT_DONE, Threshold.warnAt(3), Audits.audit().withCommits(9).notDone(4).build(),
                        "4 stories not done (WARN above 3)"),
                Arguments.of(Metric.ORPHAN_COMMITS, Threshold.warnAt(0), Audits.audit().orphan(1).build(),
                        "1 orphan commit (WARN above 0)"),
                Arguments.of(Metric.OUT_OF_SCOPE_COMMITS, Threshold.failAt(5), Audits.audit().outOfScope(7).build(),
                        "7 out-of-scope commits (FAIL above 5)"),
                Arguments.of(Metric.ORPHAN_SHARE, Threshold.warnAt(0.01), Audits.audit().linked(969).orphan(31).build(),
                        "3.1% of commits are orphans (WARN above 1.0%)"),
                Arguments.of(Metric.OUT_OF_SCOPE_SHARE, Threshold.warnAt(0.02), Audits.audit().linked(39).outOfScope(1).build(),
                        "2.5% of commits are out of scope (WARN above 2.0%)"),
                Arguments.of(Metric.COVERAGE, new Threshold(0.95, 0.9), Audits.audit().withCommits(5).withoutCommits(1).build(),
                        "coverage 83.3% (FAIL below 90.0%)"),
                // more decimals when one would put the value on its limit
                Arguments.of(Metric.ORPHAN_SHARE, Threshold.warnAt(0.01), Audits.audit().linked(9899).orphan(101).build(),
                        "1.01% of commits are orphans (WARN above 1.0%)"),
                Arguments.of(Metric.ORPHAN_SHARE, Threshold.failAt(0.0104), Audits.audit().linked(98959).orphan(1041).build(),
                        "1.041% of commits are orphans (FAIL above 1.04%)"),
                Arguments.of(Metric.COVERAGE, Threshold.failAt(0.9), Audits.audit().withCommits(8999).withoutCommits(1001).build(),
                        "coverage 89.99% (FAIL below 90.0%)"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("reasons")
    void shouldExplainEachCrossedLimit(Metric metric, Threshold threshold, AuditResult audit, String reason) {
        assertThat(Gate.evaluate(policy(metric, threshold), audit).reasons()).containsExactly(reason);
    }

    @Test
    void shouldFailWhenAnyFailLimitIsCrossedAndListFailReasonsFirst() {
        Map<Metric, Threshold> limits = new EnumMap<>(Metric.class);
        limits.put(Metric.STORIES_WITHOUT_COMMITS, Threshold.warnAt(0));
        limits.put(Metric.ORPHAN_COMMITS, Threshold.failAt(2));
        limits.put(Metric.COVERAGE, Threshold.failAt(0.9));
        AuditResult audit = Audits.audit().withCommits(8).withoutCommits(2).linked(10).orphan(3).build();

        GateResult gate = Gate.evaluate(new Policy(limits, Set.of(), "test"), audit);

        assertThat(gate.status()).isEqualTo(GateStatus.FAIL);
        assertThat(gate.reasons()).containsExactly(
                "3 orphan commits (FAIL above 2)",
                "coverage 80.0% (FAIL below 90.0%)",
                "2 stories without commits (WARN above 0)");
    }

    @Test
    void shouldWarnWhenOnlyWarnLimitsAreCrossed() {
        Map<Metric, Threshold> limits = new EnumMap<>(Metric.class);
        limits.put(Metric.OUT_OF_SCOPE_COMMITS, new Threshold(0.0, 5.0));
        limits.put(Metric.ORPHAN_COMMITS, new Threshold(0.0, 5.0));

        GateResult gate = Gate.evaluate(new Policy(limits, Set.of(), "test"),
                Audits.audit().linked(10).orphan(1).outOfScope(2).build());

        assertThat(gate.status()).isEqualTo(GateStatus.WARN);
        assertThat(gate.reasons()).containsExactly("1 orphan commit (WARN above 0)", "2 out-of-scope commits (WARN above 0)");
    }

    @Test
    void shouldGiveOneReasonPerMetricForTheMostSevereLevel() {
        GateResult gate = Gate.evaluate(policy(Metric.STORIES_WITHOUT_COMMITS, new Threshold(0.0, 5.0)),
                Audits.audit().withoutCommits(12).build());

        assertThat(gate.status()).isEqualTo(GateStatus.FAIL);
        assertThat(gate.reasons()).containsExactly("12 stories without commits (FAIL above 5)");
    }

    @Test
    void shouldPassWithoutReasonsWhenNoLimitIsCrossed() {
        GateResult gate = Gate.evaluate(Policy.defaults(), Audits.audit().withCommits(3).linked(7).exempt(2).build());

        assertThat(gate.status()).isEqualTo(GateStatus.PASS);
        assertThat(gate.reasons()).isEmpty();
    }

    @Test
    void shouldPassAPolicyWithoutThresholds() {
        Policy none = new Policy(Map.of(), Set.of(), "empty");

        assertThat(Gate.evaluate(none, Audits.audit().withoutCommits(50).orphan(50).build()).status())
                .isEqualTo(GateStatus.PASS);
    }

    @Test
    void shouldTreatAnAuditWithoutStoriesOrCommitsAsFullCoverageAndNoShares() {
        Map<Metric, Threshold> strict = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            strict.put(metric, metric.isMinimum() ? Threshold.failAt(1) : Threshold.failAt(0));
        }
        AuditResult empty = Audits.audit().build();

        GateResult gate = Gate.evaluate(new Policy(strict, Set.of(), "strict"), empty);

        assertThat(gate.status()).isEqualTo(GateStatus.PASS);
        assertThat(Gate.measure(Metric.COVERAGE, empty)).isEqualTo(1.0);
        assertThat(Gate.measure(Metric.ORPHAN_SHARE, empty)).isZero();
        assertThat(Gate.measure(Metric.OUT_OF_SCOPE_SHARE, empty)).isZero();
    }

    @Test
    void shouldMeasureSharesAgainstZeroCommitsAsZero() {
        AuditResult storiesOnly = Audits.audit().withCommits(0).withoutCommits(4).build();

        GateResult gate = Gate.evaluate(policy(Metric.ORPHAN_SHARE, Threshold.failAt(0)), storiesOnly);

        assertThat(gate.status()).isEqualTo(GateStatus.PASS);
        assertThat(Gate.measure(Metric.COVERAGE, storiesOnly)).isZero();
    }

    @Test
    void shouldWarnWithTheDefaultPolicyOnAnyGap() {
        GateResult gate = Gate.evaluate(Policy.defaults(),
                Audits.audit().withCommits(3).withoutCommits(1).revertedOnly(1).linked(5).orphan(2).outOfScope(1).build());

        assertThat(gate.status()).isEqualTo(GateStatus.WARN);
        assertThat(gate.reasons()).containsExactly(
                "1 story without commits (WARN above 0)",
                "1 story with only reverted commits (WARN above 0)",
                "2 orphan commits (WARN above 0)",
                "1 out-of-scope commit (WARN above 0)");
    }

    private static Policy policy(Metric metric, Threshold threshold) {
        return new Policy(Map.of(metric, threshold), Set.of(), "test");
    }
}
