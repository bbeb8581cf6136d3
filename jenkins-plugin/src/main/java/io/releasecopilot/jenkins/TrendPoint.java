package io.releasecopilot.jenkins;

import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One build's figures on the job's trend: which build, the fix version, the verdict, the coverage and the gaps
 * (stories without commits, stories with only reverted commits, orphan and out-of-scope commits).
 */
@ExportedBean(defaultVisibility = 2)
public final class TrendPoint {

    private final int number;
    private final String displayName;
    private final String url;
    private final String id;
    private final AuditFigures summary;

    /**
     * Describes one build.
     *
     * @param url the build's URL relative to the root ({@code job/app/12/})
     * @param id  the call's id, or {@code null} for a build of an earlier version
     */
    TrendPoint(int number, String displayName, String url, String id, AuditFigures summary) {
        this.number = number;
        this.displayName = displayName;
        this.url = url;
        this.id = id;
        this.summary = summary;
    }

    /** Returns the call's id, or {@code null} for a build of an earlier version. */
    @Exported
    public String getId() {
        return id;
    }

    /** Returns the URL segment of the call's page under the build. */
    public String getUrlName() {
        return id == null ? ReleaseAuditAction.URL_NAME : ReleaseAuditAction.URL_NAME + "-" + id;
    }

    /** Returns the build number. */
    @Exported
    public int getNumber() {
        return number;
    }

    /** Returns the build's display name. */
    @Exported
    public String getDisplayName() {
        return displayName;
    }

    /** Returns the build's URL relative to the root. */
    @Exported
    public String getUrl() {
        return url;
    }

    /** Returns the audited fix version. */
    @Exported
    public String getFixVersion() {
        return summary.getFixVersion();
    }

    /** Returns PASS, WARN or FAIL. */
    @Exported
    public String getStatus() {
        return summary.getStatus();
    }

    /** Returns the share of stories with commits, 0..1. */
    @Exported
    public double getCoverage() {
        return summary.getCoverage();
    }

    /** Returns the stories of the version. */
    @Exported
    public int getStoriesTotal() {
        return summary.count("storiesTotal");
    }

    /** Returns the stories without commits. */
    @Exported
    public int getStoriesWithoutCommits() {
        return summary.count("storiesWithoutCommits");
    }

    /** Returns the stories whose commits were all reverted. */
    @Exported
    public int getStoriesRevertedOnly() {
        return summary.count("storiesRevertedOnly");
    }

    /** Returns the commits in the range. */
    @Exported
    public int getCommitsTotal() {
        return summary.count("commitsTotal");
    }

    /** Returns the commits without an issue key. */
    @Exported
    public int getOrphanCommits() {
        return summary.count("orphanCommits");
    }

    /** Returns the commits naming issues outside the version. */
    @Exported
    public int getOutOfScopeCommits() {
        return summary.count("outOfScopeCommits");
    }

    /** Returns the coverage as a percentage with one decimal, for the page's table. */
    public String getCoveragePercent() {
        return ReleaseAuditAction.percent(summary.getCoverage());
    }
}
