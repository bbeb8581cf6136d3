package io.releasecopilot.cache;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.nio.file.Path;

/**
 * One file of a cache.
 *
 * @param name the path relative to the cache root with {@code /} separators, for the report
 * @param path the file itself, for reading and for error messages
 * @param size the size in bytes when the cache was planned
 */
public record CacheFile(String name, Path path, long size) {

    /** Returns an error that names this file: {@code <path>: <what>}. */
    public AuditException fail(String what) {
        return new AuditException(path + ": " + UntrustedText.inMessage(what));
    }
}
