package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Gate limits as flags. {@code --max-…}/{@code --min-coverage} set the FAIL level, {@code --warn-…} the WARN
 * level; each replaces that level of the policy file's limit.
 */
final class GateOptions {

    @Option(names = "--max-stories-without-commits", paramLabel = "N",
            description = "FAIL when more stories than N have no commit.")
    Integer maxStoriesWithoutCommits;

    @Option(names = "--max-stories-reverted-only", paramLabel = "N",
            description = "FAIL when more stories than N have only reverted commits.")
    Integer maxStoriesRevertedOnly;

    @Option(names = "--max-stories-not-done", paramLabel = "N",
            description = "FAIL when more stories than N are not in status category Done.")
    Integer maxStoriesNotDone;

    @Option(names = "--max-orphan-commits", paramLabel = "N", description = "FAIL when more than N commits are orphans.")
    Integer maxOrphanCommits;

    @Option(names = "--max-orphan-share", paramLabel = "SHARE",
            description = "FAIL when the share of orphan commits is above SHARE (0..1).")
    Double maxOrphanShare;

    @Option(names = "--max-out-of-scope-commits", paramLabel = "N",
            description = "FAIL when more than N commits are out of scope.")
    Integer maxOutOfScopeCommits;

    @Option(names = "--max-out-of-scope-share", paramLabel = "SHARE",
            description = "FAIL when the share of out-of-scope commits is above SHARE (0..1).")
    Double maxOutOfScopeShare;

    @Option(names = "--min-coverage", paramLabel = "SHARE",
            description = "FAIL when the share of stories with commits is below SHARE (0..1).")
    Double minCoverage;

    @Option(names = "--warn-stories-without-commits", paramLabel = "N", description = "WARN above N.")
    Integer warnStoriesWithoutCommits;

    @Option(names = "--warn-orphan-commits", paramLabel = "N", description = "WARN above N.")
    Integer warnOrphanCommits;

    @Option(names = "--warn-out-of-scope-commits", paramLabel = "N", description = "WARN above N.")
    Integer warnOutOfScopeCommits;

    @Option(names = "--warn-coverage", paramLabel = "SHARE", description = "WARN below SHARE (0..1).")
    Double warnCoverage;

    @Option(names = "--ignore-issue-type", paramLabel = "TYPE", split = ",",
            description = "Leave issues of this type out of the stories (repeatable, e.g. Epic).")
    List<String> ignoredIssueTypes = new ArrayList<>();

    /** Copies the flags that were given into the builder. */
    void applyTo(AuditOptions.Builder builder) {
        fail(builder, Metric.STORIES_WITHOUT_COMMITS, maxStoriesWithoutCommits);
        fail(builder, Metric.STORIES_REVERTED_ONLY, maxStoriesRevertedOnly);
        fail(builder, Metric.STORIES_NOT_DONE, maxStoriesNotDone);
        fail(builder, Metric.ORPHAN_COMMITS, maxOrphanCommits);
        fail(builder, Metric.ORPHAN_SHARE, maxOrphanShare);
        fail(builder, Metric.OUT_OF_SCOPE_COMMITS, maxOutOfScopeCommits);
        fail(builder, Metric.OUT_OF_SCOPE_SHARE, maxOutOfScopeShare);
        fail(builder, Metric.COVERAGE, minCoverage);
        warn(builder, Metric.STORIES_WITHOUT_COMMITS, warnStoriesWithoutCommits);
        warn(builder, Metric.ORPHAN_COMMITS, warnOrphanCommits);
        warn(builder, Metric.OUT_OF_SCOPE_COMMITS, warnOutOfScopeCommits);
        warn(builder, Metric.COVERAGE, warnCoverage);
        ignoredIssueTypes.forEach(builder::ignoreIssueType);
    }

    private static void fail(AuditOptions.Builder builder, Metric metric, Number value) {
        if (value != null) {
            builder.gateLimit(metric, Threshold.failAt(value.doubleValue()));
        }
    }

    private static void warn(AuditOptions.Builder builder, Metric metric, Number value) {
        if (value != null) {
            builder.gateLimit(metric, Threshold.warnAt(value.doubleValue()));
        }
    }
}
