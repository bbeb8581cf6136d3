package io.releasecopilot.source;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a live fetch did.
 *
 * @param cacheDir      the cache it wrote (read it with {@code source.live.CacheReader.read})
 * @param pages         pages stored in this run
 * @param items         issues, commits and pull requests on those pages
 * @param requests      HTTP requests made (as seen by the caller of the HTTP port; retries inside it not counted)
 * @param unchangedRefs refs whose cached pages were still current (one request each)
 * @param elapsed       the wall time
 */
public record FetchSummary(Path cacheDir, int pages, long items, long requests, int unchangedRefs,
        Duration elapsed) {
}
