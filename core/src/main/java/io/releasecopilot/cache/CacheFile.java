package io.releasecopilot.cache;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import java.nio.file.Path;

/**
 * One file of a cache, or a page as received before it is stored.
 *
 * @param name  the path relative to the cache root with {@code /} separators, for the report
 * @param path  the file itself, for reading and for error messages; null for a page as received
 * @param size  the size in bytes when the cache was planned
 * @param label what error messages name: the path, or for a page as received what it is and its address
 */
public record CacheFile(String name, Path path, long size, String label) {

    /** A file of a cache. */
    public CacheFile(String name, Path path, long size) {
        this(name, path, size, String.valueOf(path));
    }

    /** A page as received, named in errors as {@code label} ({@code Bitbucket Cloud commits page <url>}). */
    public static CacheFile response(String label) {
        return new CacheFile(label, null, 0, label);
    }

    /** Returns an error that names this file: {@code <path>: <what>}. */
    public AuditException fail(String what) {
        return new AuditException(label + ": " + UntrustedText.inMessage(what));
    }
}
