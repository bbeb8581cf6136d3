package io.releasecopilot.jenkins;

import hudson.model.Api;
import hudson.model.Run;
import io.releasecopilot.report.html.ReportAssets;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jenkins.model.RunAction2;
import jenkins.util.VirtualFile;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.verb.GET;

/**
 * One {@code releaseAudit} call's page on the build ({@code index.jelly}, at {@code releaseAudit-<id>}), its box on
 * the build page ({@code summary.jelly}) and its {@code api/json}. build.xml keeps only the call's id, the
 * {@link AuditFigures} and the archived paths; the rows of the page come from the archived report JSON when the
 * page asks ({@link ReportRows}). The report JSON ({@link #doReport}), the rows and the file list are shown only
 * to users who may see the build's artifacts ({@code Run.ARTIFACTS}, as {@code Run.doArtifact} checks).
 */
@ExportedBean
public final class ReleaseAuditAction implements RunAction2 {

    /** The URL segment of the page of a call without id (builds of earlier versions); others add {@code -<id>}. */
    static final String URL_NAME = "releaseAudit";

    /** How many earlier audited builds are searched for a report to compare with. */
    static final int PREVIOUS_BUILDS = 30;

    private final String id;
    private final AuditFigures figures;
    private final ArrayList<String> artifacts;
    private final String reportJson;
    private final String htmlIndex;
    /** What earlier versions kept in build.xml (every row and the whole summary JSON); see {@link #readResolve}. */
    @Deprecated
    private AuditSummary summary;

    private transient Run<?, ?> run;
    private transient JenkinsFacade jenkins;
    private transient ReportRows rows;

    /**
     * Describes one call.
     *
     * @param id        the call's id ({@link AuditIds}), or {@code null} for a build of an earlier version
     * @param artifacts the archived paths of the call's files
     * @param reportJson the archived path of the report JSON, or {@code null}
     * @param htmlIndex the archived path of the HTML report's page, or {@code null}
     */
    ReleaseAuditAction(String id, AuditSummary summary, List<String> artifacts, String reportJson, String htmlIndex) {
        this.id = id;
        this.figures = AuditFigures.of(summary);
        this.artifacts = new ArrayList<>(artifacts);
        this.reportJson = reportJson;
        this.htmlIndex = htmlIndex;
    }

    /** Reads build.xml of an earlier version (one call a build, the whole summary) into the slim form. */
    @SuppressWarnings("deprecation")
    private Object readResolve() {
        if (summary == null) {
            return this;
        }
        return new ReleaseAuditAction(null, summary, summary.artifacts == null ? List.of() : summary.artifacts,
                summary.getReportJson(), summary.getHtmlIndex());
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return id == null ? "Release audit" : "Release audit " + id;
    }

    @Override
    public String getUrlName() {
        return id == null ? URL_NAME : URL_NAME + "-" + id;
    }

    @Override
    public void onAttached(Run<?, ?> r) {
        run = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        run = r;
    }

    /** Returns the build, for the page's side panel. */
    public Run<?, ?> getRun() {
        return run;
    }

    /** Returns what build.xml keeps of the audit. */
    public AuditFigures getFigures() {
        return figures;
    }

    /** Returns the REST API of this action ({@code releaseAudit-<id>/api/json}). */
    public Api getApi() {
        return new Api(this);
    }

    /** Returns the call's id, or {@code null} for a build of an earlier version. */
    @Exported(visibility = 2)
    public String getId() {
        return id;
    }

    /** Returns the fix version. */
    @Exported(visibility = 2)
    public String getFixVersion() {
        return figures.getFixVersion();
    }

    /** Returns the gate verdict: PASS, WARN or FAIL. */
    @Exported(visibility = 2)
    public String getStatus() {
        return figures.getStatus();
    }

    /** Returns the gate's reasons. */
    @Exported(visibility = 2)
    public List<String> getReasons() {
        return figures.getReasons();
    }

    /**
     * Returns the fetches the audited data lacks the end of (an interrupted fetch), one line each; empty when the
     * data is complete. The gate is FAIL on them unless the step allowed incomplete data.
     */
    @Exported(visibility = 2)
    public List<String> getIncompleteData() {
        return figures.getIncompleteData();
    }

    /** Returns the figures by their summary-JSON names. */
    @Exported(visibility = 2)
    public Map<String, Integer> getCounts() {
        return figures.getCounts();
    }

    /** Returns the share of stories with commits, 0..1. */
    @Exported(visibility = 2)
    public double getCoverage() {
        return figures.getCoverage();
    }

    /** Returns when the report was made. */
    @Exported(visibility = 2)
    public String getGeneratedAt() {
        return figures.getGeneratedAt();
    }

    /** Returns the scope pairs. */
    @Exported(visibility = 2)
    public Map<String, String> getScope() {
        return figures.getScope();
    }

    /** Returns the archived files (artifact paths); empty for a user who may not see the build's artifacts. */
    @Exported(visibility = 2)
    public List<String> getArtifacts() {
        return isArtifactsVisible() ? List.copyOf(artifacts) : List.of();
    }

    /** Whether the current user may see the build's archived files, hence the report's rows and files. */
    public boolean isArtifactsVisible() {
        return facade().mayReadArtifacts(run);
    }

    /**
     * Serves the archived report JSON ({@code releaseAudit-<id>/report}): 403 for a user who may not see the
     * build's artifacts, 404 when it is not archived.
     */
    @GET
    public void doReport(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        if (!facade().mayReadArtifacts(run)) {
            ArtifactResponse.forbidden(response);
            return;
        }
        ArtifactResponse.send(response, reportFile());
    }

    /** Returns whether the report JSON was archived, so the page can show the interactive report. */
    public boolean isReportAvailable() {
        return reportJson != null && isArtifactsVisible();
    }

    /** Returns the report's scripts in the order they must run (served from {@code report/} of the plugin). */
    public List<String> getReportScripts() {
        return ReportAssets.SCRIPTS;
    }

    /** Returns the first stories without commits, read from the archived report. */
    public List<StoryRow> getStoriesWithoutCommits() {
        return rows().storiesWithoutCommits();
    }

    /** Returns the first stories whose commits are all reverted. */
    public List<StoryRow> getStoriesRevertedOnly() {
        return rows().storiesRevertedOnly();
    }

    /** Returns the first orphan commits. */
    public List<CommitRow> getOrphanCommits() {
        return rows().orphanCommits();
    }

    /** Returns the first out-of-scope commits. */
    public List<CommitRow> getOutOfScopeCommits() {
        return rows().outOfScopeCommits();
    }

    /** Returns how many rows each table shows at most. */
    public int getRowLimit() {
        return ReportRows.ROWS;
    }

    /** Returns the root-relative URL of the report JSON of the nearest earlier audit of this id, or null. */
    public String getPreviousReportUrl() {
        Previous previous = previous();
        return previous == null ? null : previous.run.getUrl() + previous.action.getUrlName() + "/report";
    }

    /** Returns the display name of the build compared with ({@code #11}), or null. */
    public String getPreviousBuildName() {
        Previous previous = previous();
        return previous == null ? null : previous.run.getDisplayName();
    }

    /** Returns the archived files other than those of the HTML report folder. */
    public List<String> getReportFiles() {
        String folder = getHtmlFolder();
        List<String> files = new ArrayList<>();
        for (String artifact : getArtifacts()) {
            if (folder == null || !artifact.startsWith(folder + "/")) {
                files.add(artifact);
            }
        }
        return files;
    }

    /** Returns the artifact path of the HTML report folder, or null when none was written. */
    public String getHtmlFolder() {
        int slash = htmlIndex == null ? -1 : htmlIndex.lastIndexOf('/');
        return slash < 0 ? null : htmlIndex.substring(0, slash);
    }

    /** Returns the HTML folder's name, which names its zip download (Jenkins zips an artifact folder). */
    public String getHtmlFolderName() {
        String folder = getHtmlFolder();
        return folder == null ? null : folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** Returns the coverage as a percentage with one decimal, for the pages. */
    public String getCoveragePercent() {
        return percent(figures.getCoverage());
    }

    /** Returns a share as a percentage with one decimal, rounded down so 99.96 % never shows as 100.0 %. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", Math.floor(share * 1000) / 10);
    }

    /** Returns the CSS modifier of the verdict: {@code pass}, {@code warn} or {@code fail}. */
    public String getStatusClass() {
        return figures.getStatus().toLowerCase(Locale.ROOT);
    }

    /** Returns the archived report JSON, or null. */
    VirtualFile reportFile() {
        return run == null || reportJson == null ? null : run.getArtifactManager().root().child(reportJson);
    }

    /** Replaces the Jenkins facade (tests). */
    void useFacade(JenkinsFacade facade) {
        this.jenkins = facade;
    }

    private JenkinsFacade facade() {
        if (jenkins == null) {
            jenkins = new JenkinsFacade();
        }
        return jenkins;
    }

    /** Reads the rows once per loaded build, and only for a user who may see them. */
    private ReportRows rows() {
        if (!isArtifactsVisible()) {
            return ReportRows.none();
        }
        if (rows == null) {
            VirtualFile file = reportFile();
            ReportRows read = ReportRows.none();
            try {
                if (file != null && file.isFile()) {
                    try (InputStream in = file.open()) {
                        read = ReportRows.read(in);
                    }
                }
            } catch (IOException e) {
                read = ReportRows.none();
            }
            rows = read;
        }
        return rows;
    }

    /** The nearest earlier build with an audit of the same id and an archived report, from the job's index. */
    private Previous previous() {
        if (run == null) {
            return null;
        }
        int tried = 0;
        for (int number : AuditIndex.newestFirst(run.getParent().getRootDir())) {
            if (number >= run.getNumber()) {
                continue;
            }
            if (tried++ == PREVIOUS_BUILDS) {
                return null;
            }
            Run<?, ?> earlier = run.getParent().getBuildByNumber(number);
            for (ReleaseAuditAction action : earlier == null ? List.<ReleaseAuditAction>of()
                    : earlier.getActions(ReleaseAuditAction.class)) {
                if (sameCall(action) && exists(action.reportFile())) {
                    return new Previous(earlier, action);
                }
            }
        }
        return null;
    }

    private boolean sameCall(ReleaseAuditAction other) {
        return id == null || other.id == null || id.equals(other.id);
    }

    private static boolean exists(VirtualFile file) {
        try {
            return file != null && file.isFile();
        } catch (IOException e) {
            return false;
        }
    }

    private record Previous(Run<?, ?> run, ReleaseAuditAction action) {
    }
}
