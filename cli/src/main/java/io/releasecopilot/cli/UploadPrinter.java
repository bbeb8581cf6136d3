package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.upload.AuditUploads;
import io.releasecopilot.upload.UploadItem;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints the keys {@code rc audit --upload … --dry-run} would write; the cache's keys are shortened past 10. */
final class UploadPrinter {

    private static final int SHOWN_CACHE_KEYS = 10;

    private UploadPrinter() {
    }

    static void print(UploadSettings settings, AuditPlan plan, PrintWriter out) {
        String runId = "<runId>";
        UploadPlan upload = AuditUploads.planner(settings, plan.cache().fixVersion(), runId, plan.outputs(),
                plan.cache().cacheDir(), Path.of(AuditUploads.LOG_NAME)).plan(Map.of());
        out.println("Would upload to " + settings.target() + " with SSE "
                + (settings.kmsKeyId() == null ? "AES256" : "aws:kms (" + settings.kmsKeyId() + ")")
                + "; <runId> is the UTC time and a random suffix, new for every run");
        List<UploadItem> cache = upload.items().stream().filter(item -> item.key().contains("/temp_data/")
                || item.key().startsWith("temp_data/")).toList();
        int shown = 0;
        for (UploadItem item : upload.items()) {
            if (cache.contains(item) && ++shown > SHOWN_CACHE_KEYS) {
                if (shown == SHOWN_CACHE_KEYS + 1) {
                    out.println("  … and " + (cache.size() - SHOWN_CACHE_KEYS) + " more files of the cache under "
                            + "temp_data/");
                }
                continue;
            }
            out.println("  " + upload.uri(item));
        }
        out.flush();
    }
}
