package io.releasecopilot.report;

import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.gate.GateResult;
import io.releasecopilot.gate.Policy;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the exporters write: the correlation, the gate verdict and the run's metadata.
 *
 * @param result      the correlation
 * @param policy      the policy the gate applied
 * @param gate        the gate's verdict
 * @param generatedAt when the report was made
 * @param scope       the user's {@code --scope} pairs, in the order given
 * @param toolVersion the version of Release Copilot that made the report
 */
public record AuditReport(
        AuditResult result,
        Policy policy,
        GateResult gate,
        Instant generatedAt,
        Map<String, String> scope,
        String toolVersion) {

    public AuditReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(generatedAt, "generatedAt");
        scope = Collections.unmodifiableMap(new LinkedHashMap<>(scope == null ? Map.of() : scope));
        toolVersion = toolVersion == null ? "dev" : toolVersion;
    }
}
