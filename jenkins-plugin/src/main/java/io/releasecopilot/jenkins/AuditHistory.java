package io.releasecopilot.jenkins;

import java.io.File;
import java.util.List;

/**
 * A job's audited builds as the trend reads them: its folder (which holds the {@link AuditIndex}) and the points
 * of one build, which loads that build. {@link ReleaseAuditTrendAction} implements it over a Jenkins job; tests
 * implement it with plain objects and count the builds loaded.
 */
interface AuditHistory {

    /** Returns the job's folder on the controller. */
    File rootDir();

    /** Loads the build and returns one point per audit it holds; empty when the build is gone. */
    List<TrendPoint> load(int number);
}
