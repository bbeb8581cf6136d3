package io.releasecopilot.source.live;

import io.releasecopilot.cache.CacheLayout;
import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.cache.V1Layout;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.source.predecessor.PredecessorLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Reads a cache directory into an {@link AuditInput}, offline.
 *
 * <p>Two layouts are recognised: {@code release-copilot-cache/v1} (a {@code manifest.json} listing raw Jira
 * Cloud/Data Center search pages, Bitbucket Cloud/Data Center commit pages and optional pull request pages;
 * see docs/cache-layout.md) and the Python predecessor's cache (no manifest; {@code jira/jira_*.json} and
 * {@code bitbucket/bitbucket_*.json}, newest file per name prefix).
 *
 * <p>Files are streamed, never loaded whole, and parsed on a few threads; the result does not depend on the
 * threading: stories in page order, commits in file order then position. Every problem that stops a read
 * is an {@link AuditException} with a one-line message naming the file or directory and what is wrong.
 */
public final class CacheReader {

    private static final int ATTEMPTS = 3;

    private CacheReader() {
    }

    /**
     * Reads the cache in {@code cacheDir}.
     *
     * @throws AuditException when the directory is missing, holds no cache, or a file it needs is missing,
     *                        truncated, malformed or of the wrong shape
     */
    public static AuditInput read(Path cacheDir) {
        return read(cacheDir, null);
    }

    /**
     * Reads the cache in {@code cacheDir} for {@code fixVersion}: of a predecessor cache that holds several fix
     * versions, the files of that one are read.
     *
     * @param fixVersion the fix version asked for, or null for the one the cache holds (the newest predecessor file)
     * @throws AuditException as {@link #read(Path)} does
     * @throws io.releasecopilot.common.UsageException when a predecessor cache holds no Jira file of
     *                                                 {@code fixVersion}
     */
    public static AuditInput read(Path cacheDir, String fixVersion) {
        return retried(cacheDir, () -> parse(open(cacheDir, fixVersion)));
    }

    /**
     * Returns what {@link #read(Path)} would read (layout, fix version, files and sizes, repositories and refs)
     * without parsing any page: only the manifest, or the first bytes of each predecessor Bitbucket file.
     *
     * @throws AuditException as {@link #read(Path)} does for the directory, the manifest and missing files
     */
    public static CachePlan plan(Path cacheDir) {
        return plan(cacheDir, null);
    }

    /** Returns what {@link #read(Path, String)} would read, as {@link #plan(Path)} does. */
    public static CachePlan plan(Path cacheDir, String fixVersion) {
        return retried(cacheDir, () -> open(cacheDir, fixVersion).plan());
    }

    /**
     * Runs {@code read} again when it failed while a live fetch replaced {@code manifest.json} (a page of the
     * generation it had started to read was deleted meanwhile), so a reader sees one whole generation.
     */
    private static <T> T retried(Path cacheDir, Supplier<T> read) {
        for (int attempt = 1;; attempt++) {
            Object before = generation(cacheDir);
            try {
                return read.get();
            } catch (AuditException e) {
                if (attempt == ATTEMPTS || before == null || before.equals(generation(cacheDir))) {
                    throw e;
                }
            }
        }
    }

    /** Returns what identifies the manifest file now (a new one is moved into place), or null when absent. */
    private static Object generation(Path cacheDir) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(cacheDir.resolve("manifest.json"),
                    BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static AuditInput parse(CacheLayout layout) {
        return layout instanceof V1Layout v1 ? new V1Reader(v1).read() : ((PredecessorLayout) layout).read();
    }

    private static CacheLayout open(Path cacheDir, String fixVersion) {
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (!Files.exists(cacheDir)) {
            throw new AuditException(cacheDir + ": cache directory does not exist");
        }
        if (!Files.isDirectory(cacheDir)) {
            throw new AuditException(cacheDir + ": not a directory, expected a cache directory");
        }
        Path manifest = cacheDir.resolve("manifest.json");
        if (Files.exists(manifest)) {
            return V1Layout.open(cacheDir, manifest);
        }
        PredecessorLayout predecessor = PredecessorLayout.scan(cacheDir, fixVersion);
        if (predecessor != null) {
            return predecessor;
        }
        throw new AuditException(cacheDir + ": not a cache directory (no manifest.json, and no predecessor files"
                + " jira/jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json or bitbucket/bitbucket_*.json)");
    }
}
