package io.releasecopilot.upload;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lays out an audit's files in S3 (docs/aws.md, "Uploads"):
 *
 * <pre>
 * &lt;prefix&gt;/artifacts/json/&lt;fixVersion&gt;/&lt;runId&gt;/audit.json, audit-summary.json
 * &lt;prefix&gt;/artifacts/excel/&lt;fixVersion&gt;/&lt;runId&gt;/audit.xlsx
 * &lt;prefix&gt;/artifacts/markdown/&lt;fixVersion&gt;/&lt;runId&gt;/audit-summary.md
 * &lt;prefix&gt;/artifacts/html/&lt;fixVersion&gt;/&lt;runId&gt;/&lt;the HTML report folder, path by path&gt;
 * &lt;prefix&gt;/temp_data/&lt;fixVersion&gt;/&lt;runId&gt;/&lt;the cache, path by path&gt;
 * &lt;prefix&gt;/logs/&lt;fixVersion&gt;/&lt;runId&gt;/rc-audit.log
 * </pre>
 *
 * Characters of the fix version outside {@code A-Z a-z 0-9 . _ + -} become {@code _} in keys (its exact
 * text is in the metadata and the reports). Hidden files and symbolic links of the cache are left out.
 */
public final class UploadPlanner {

    private final S3Uri target;
    private final String fixVersion;
    private final String runId;
    private final List<UploadItem> items = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    /** Starts a plan for one run. */
    public UploadPlanner(S3Uri target, String fixVersion, String runId) {
        this.target = target;
        this.fixVersion = keySegment(fixVersion);
        this.runId = runId;
    }

    /**
     * Adds report files under {@code artifacts/json}, {@code artifacts/excel} or {@code artifacts/markdown}, and
     * the files of an HTML report folder under {@code artifacts/html}.
     */
    public UploadPlanner outputs(List<Path> files) {
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                tree(file, "artifacts/html/" + fixVersion + "/" + runId + "/", "the HTML report");
            } else {
                add(file, "artifacts/" + kind(file) + "/" + fixVersion + "/" + runId + "/" + file.getFileName());
            }
        }
        return this;
    }

    /** Adds every regular file of the cache directory under {@code temp_data}, keeping relative paths. */
    public UploadPlanner cache(Path cacheDir) {
        return tree(cacheDir, "temp_data/" + fixVersion + "/" + runId + "/", "the cache");
    }

    private UploadPlanner tree(Path dir, String keyPrefix, String what) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted().toList()) {
                Path relative = dir.relativize(file);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !hidden(relative)) {
                    add(file, keyPrefix + slashes(relative));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new AuditException(dir + ": cannot list " + what + " for upload: " + e.getMessage(), e);
        }
        return this;
    }

    /** Adds the run's log file under {@code logs}. */
    public UploadPlanner log(Path logFile) {
        add(logFile, "logs/" + fixVersion + "/" + runId + "/" + logFile.getFileName());
        return this;
    }

    /** Returns the plan with this metadata on every object. */
    public UploadPlan plan(Map<String, String> metadata) {
        return new UploadPlan(target, runId, items, metadata);
    }

    private void add(Path file, String relativeKey) {
        String key = target.key(relativeKey);
        if (!keys.add(key)) {
            throw new UsageException(file + ": another file to upload has the same name; give the outputs "
                    + "different file names (key " + key + ")");
        }
        items.add(new UploadItem(file, key, contentType(file)));
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "excel";
        }
        if (name.endsWith(".md")) {
            return "markdown";
        }
        return "json";
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".md")) {
            return "text/markdown; charset=utf-8";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".log") || name.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** Returns the fix version as one safe key segment. */
    public static String keySegment(String text) {
        String safe = text == null || text.isBlank() ? "unknown" : text.strip();
        safe = safe.replaceAll("[^A-Za-z0-9._+-]", "_");
        return safe.equals(".") || safe.equals("..") ? "_" : safe;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
