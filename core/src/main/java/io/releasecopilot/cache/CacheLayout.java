package io.releasecopilot.cache;

import io.releasecopilot.model.AuditInput;

/** A cache directory whose layout has been recognised and whose file list has been resolved. */
interface CacheLayout {

    /** Returns what a read would read, without parsing pages. */
    CachePlan plan();

    /** Parses the cache. */
    AuditInput read();
}
