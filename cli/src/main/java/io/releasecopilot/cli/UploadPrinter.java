package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPlan;
import io.releasecopilot.upload.UploadItem;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadPlanner;
import io.releasecopilot.upload.UploadSettings;
import io.releasecopilot.upload.UploadStage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Prints the keys {@code rc audit --upload … --dry-run} would write; the cache's keys are shortened past 10. */
final class UploadPrinter {

    private static final int SHOWN_CACHE_KEYS = 10;

    private UploadPrinter() {
    }

    static void print(UploadSettings settings, AuditPlan plan, PrintWriter out) {
        UploadPlan upload = plan.upload(settings);
        out.println("Would upload to " + settings.target() + " with SSE "
                + (settings.kmsKeyId() == null ? "AES256" : "aws:kms (" + settings.kmsKeyId() + ")")
                + "; " + UploadStage.PREVIEW_RUN_ID + " is the UTC time and a random suffix, new for every run");
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
        // The HTML folder and a live run's cache do not exist before the run: name them instead of listing them.
        String run = "/" + UploadPlanner.keySegment(plan.fixVersion()) + "/" + UploadStage.PREVIEW_RUN_ID + "/";
        Path html = plan.options().outputs().html();
        if (html != null) {
            out.println("  " + settings.target().uri("artifacts/html" + run) + "… (the files of the HTML report)");
        }
        if (plan.cache() == null && settings.includeCache()) {
            out.println("  " + settings.target().uri("temp_data" + run) + "… (the pages the run fetches)");
        }
        out.flush();
    }
}
