package io.releasecopilot.cache;

/** A cache directory whose layout has been recognised and whose file list has been resolved. */
public interface CacheLayout {

    /** Returns what a read would read, without parsing pages. */
    CachePlan plan();
}
