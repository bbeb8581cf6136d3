package io.releasecopilot.audit;

import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.gate.Policy;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadSettings;
import io.releasecopilot.upload.UploadStage;
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

    /** Returns the fix version the run would audit: the cache's, else the live fetch's, else the one asked for. */
    public String fixVersion() {
        return cache != null ? cache.fixVersion()
                : options.live() != null ? options.live().fixVersion() : options.fixVersion();
    }

    /**
     * Returns what the run's upload stage would write, with {@link UploadStage#PREVIEW_RUN_ID} for the run id
     * and no metadata. The HTML report folder and a live run's cache do not exist before the run: they are left
     * out, for the caller to name.
     */
    public UploadPlan upload(UploadSettings settings) {
        Path html = options.outputs().html();
        List<Path> files = outputs.stream().filter(path -> !path.equals(html)).toList();
        return UploadStage.preview(settings, fixVersion(), files, options.cacheDir(), cache != null);
    }
}
