package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.upload.AuditUploads;
import io.releasecopilot.upload.UploadItem;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadPlanner;
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
        // The HTML folder and a live run's cache do not exist before the run: name them instead of listing them.
        Path html = plan.options().outputs().html();
        List<Path> files = plan.outputs().stream().filter(path -> !path.equals(html)).toList();
        String fixVersion = plan.cache() != null ? plan.cache().fixVersion()
                : plan.options().live() != null ? plan.options().live().fixVersion() : plan.options().fixVersion();
        UploadSettings withCache = plan.cache() == null
                ? new UploadSettings(settings.target(), settings.kmsKeyId(), false) : settings;
        UploadPlan upload = AuditUploads.planner(withCache, fixVersion, runId, files,
                plan.options().cacheDir(), Path.of(AuditUploads.LOG_NAME)).plan(Map.of());
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
        String run = "/" + UploadPlanner.keySegment(fixVersion) + "/" + runId + "/";
        if (html != null) {
            out.println("  " + settings.target().uri("artifacts/html" + run) + "… (the files of the HTML report)");
        }
        if (plan.cache() == null && settings.includeCache()) {
            out.println("  " + settings.target().uri("temp_data" + run) + "… (the pages the run fetches)");
        }
        out.flush();
    }
}
