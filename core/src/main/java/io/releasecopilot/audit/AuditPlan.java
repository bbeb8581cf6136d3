package io.releasecopilot.audit;

import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.gate.Policy;
import java.nio.file.Path;
import java.util.List;

/**
 * What an audit would do, for {@code --dry-run}: computed after the checks {@link AuditRunner#run} makes (offline,
 * the whole cache is read), without a request and without writing anything.
 *
 * @param options the options
 * @param cache   what the cache holds, or {@code null} when a live run starts without one
 * @param policy  the policy the gate would apply
 * @param outputs the files that would be written
 */
public record AuditPlan(AuditOptions options, CachePlan cache, Policy policy, List<Path> outputs) {

    public AuditPlan {
        outputs = List.copyOf(outputs);
    }
}
