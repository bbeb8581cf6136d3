package io.releasecopilot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.gate.Gate;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.gate.PolicyFile;
import io.releasecopilot.model.AuditInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example policy shipped beside the sample, applied to the sample's expected figures. */
class SamplePolicyTest {

    @Test
    void shouldFailTheSampleWithTheExamplePolicy() {
        GateResult gate = Gate.evaluate(examplePolicy(), expected(SampleCacheGenerator.EXPECTED_ORPHAN, 0));

        assertThat(gate.status()).isEqualTo(GateStatus.FAIL);
        assertThat(gate.reasons()).containsExactly(
                "48 stories without commits (FAIL above 5)",
                "554 orphan commits (FAIL above 50)",
                "18.5% of commits are orphans (FAIL above 5.0%)",
                "coverage 80.0% (FAIL below 90.0%)");
    }

    @Test
    void shouldStillFailTheSampleWithTheExampleExemption() {
        GateResult gate = Gate.evaluate(examplePolicy(), expected(SampleCacheGenerator.EXPECTED_ORPHAN_WITH_EXAMPLE,
                SampleCacheGenerator.EXPECTED_EXEMPT_WITH_EXAMPLE));

        assertThat(gate.reasons()).containsExactly(
                "48 stories without commits (FAIL above 5)",
                "364 orphan commits (FAIL above 50)",
                "12.1% of commits are orphans (FAIL above 5.0%)",
                "coverage 80.0% (FAIL below 90.0%)");
    }

    @Test
    void shouldWarnOnTheSampleWithTheDefaultPolicy() {
        GateResult gate = Gate.evaluate(Policy.defaults(), expected(SampleCacheGenerator.EXPECTED_ORPHAN, 0));

        assertThat(gate.status()).isEqualTo(GateStatus.WARN);
        assertThat(gate.reasons()).containsExactly(
                "48 stories without commits (WARN above 0)",
                "12 stories with only reverted commits (WARN above 0)",
                "554 orphan commits (WARN above 0)",
                "130 out-of-scope commits (WARN above 0)");
    }

    private static Policy examplePolicy() {
        Path policy = Path.of("../samples/policy.yml");
        return PolicyFile.load(Files.exists(policy) ? policy : Path.of("samples/policy.yml"));
    }

    private static AuditResult expected(int orphan, int exempt) {
        AuditCounts counts = new AuditCounts(SampleCacheGenerator.EXPECTED_STORIES,
                SampleCacheGenerator.EXPECTED_STORIES_WITH_COMMITS, SampleCacheGenerator.EXPECTED_STORIES_WITHOUT_COMMITS,
                SampleCacheGenerator.EXPECTED_STORIES_REVERTED_ONLY, SampleCacheGenerator.EXPECTED_COMMITS,
                SampleCacheGenerator.EXPECTED_LINKED, orphan, SampleCacheGenerator.EXPECTED_OUT_OF_SCOPE, exempt);
        AuditInput input = new AuditInput(SampleCacheGenerator.FIX_VERSION, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new AuditResult(input, CorrelationSettings.defaults(), SampleCacheGenerator.AUDITED_PROJECTS, List.of(),
                List.of(), counts, List.of());
    }
}
