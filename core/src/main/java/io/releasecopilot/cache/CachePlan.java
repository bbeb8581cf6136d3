package io.releasecopilot.cache;

import io.releasecopilot.model.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code CacheReader.read(Path)} (package {@code source.live}) would read, found without parsing any page
 * (for {@code --dry-run}).
 *
 * @param cacheDir     the cache directory
 * @param layout       {@value #LAYOUT_V1} or {@value #LAYOUT_PREDECESSOR}
 * @param fixVersion   the fix version the cache is for
 * @param files        the files that would be read, in reading order, with their sizes
 * @param repositories the repositories and refs that would be read; the commit URL prefix is known here
 *                     only when the manifest gives it (a read derives it from the commits otherwise)
 * @param warnings     problems already visible without reading the pages (an incomplete fetch, an ignored
 *                     file); a read reports them too
 */
public record CachePlan(
        Path cacheDir,
        String layout,
        String fixVersion,
        List<PlannedFile> files,
        List<Repository> repositories,
        List<String> warnings) {

    /** The layout with a {@code manifest.json}, described in docs/cache-layout.md. */
    public static final String LAYOUT_V1 = "release-copilot-cache/v1";

    /** The Python predecessor's raw cache ({@code jira/jira_*.json}, {@code bitbucket/bitbucket_*.json}). */
    public static final String LAYOUT_PREDECESSOR = "predecessor";

    public CachePlan {
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(fixVersion, "fixVersion");
        files = List.copyOf(files);
        repositories = List.copyOf(repositories);
        warnings = List.copyOf(warnings);
    }

    /** Returns the bytes all {@link #files()} hold together. */
    public long totalBytes() {
        return files.stream().mapToLong(PlannedFile::bytes).sum();
    }

    /**
     * One file that would be read.
     *
     * @param path  the path relative to the cache directory, with {@code /} separators
     * @param bytes the size of the file
     */
    public record PlannedFile(String path, long bytes) {

        public PlannedFile {
            Objects.requireNonNull(path, "path");
        }
    }
}
