package io.releasecopilot.jenkins;

import hudson.model.Api;
import hudson.model.Run;
import io.releasecopilot.report.html.ReportAssets;
import java.io.IOException;
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
 * The build's "Release audit" page ({@code index.jelly}), its box on the build page ({@code summary.jelly}) and
 * its {@code api/json}. Keeps the {@link AuditSummary} in build.xml; the full reports are the build's artifacts.
 * The page runs the HTML report's scripts (static files of the plugin, copied from the core at build time) on
 * the archived report JSON, which {@link #doReport} serves, and compares it with the nearest earlier build that
 * has one.
 */
@ExportedBean
public final class ReleaseAuditAction implements RunAction2 {

    /** The URL segment of the page, under the build. */
    static final String URL_NAME = "releaseAudit";

    /** How many earlier builds are searched for a report to compare with. */
    static final int PREVIOUS_BUILDS = 30;

    private final AuditSummary summary;
    private transient Run<?, ?> run;

    ReleaseAuditAction(AuditSummary summary) {
        this.summary = summary;
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return "Release audit";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
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

    /** Returns what the audit found. */
    public AuditSummary getSummary() {
        return summary;
    }

    /** Returns the REST API of this action ({@code releaseAudit/api/json}). */
    public Api getApi() {
        return new Api(this);
    }

    /** Returns the fix version. */
    @Exported
    public String getFixVersion() {
        return summary.getFixVersion();
    }

    /** Returns the gate verdict: PASS, WARN or FAIL. */
    @Exported
    public String getStatus() {
        return summary.getStatus();
    }

    /** Returns the gate's reasons. */
    @Exported
    public List<String> getReasons() {
        return summary.getReasons();
    }

    /** Returns the figures by their summary-JSON names. */
    @Exported
    public Map<String, Integer> getCounts() {
        return summary.getCounts();
    }

    /** Returns the share of stories with commits, 0..1. */
    @Exported
    public double getCoverage() {
        return summary.getCoverage();
    }

    /** Returns when the report was made. */
    @Exported
    public String getGeneratedAt() {
        return summary.getGeneratedAt();
    }

    /** Returns the scope pairs. */
    @Exported
    public Map<String, String> getScope() {
        return summary.getScope();
    }

    /** Returns the archived files (artifact paths). */
    @Exported
    public List<String> getArtifacts() {
        return summary.getArtifacts();
    }

    /** Serves the archived report JSON ({@code releaseAudit/report}), or 404 when it is not archived. */
    @GET
    public void doReport(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        ArtifactResponse.send(response, reportFile());
    }

    /** Returns whether the report JSON was archived, so the page can show the interactive report. */
    public boolean isReportAvailable() {
        return summary.getReportJson() != null;
    }

    /** Returns the report's scripts in the order they must run (served from {@code report/} of the plugin). */
    public List<String> getReportScripts() {
        return ReportAssets.SCRIPTS;
    }

    /** Returns the root-relative URL of the report JSON of the nearest earlier build that has one, or null. */
    public String getPreviousReportUrl() {
        Run<?, ?> previous = previousWithReport();
        return previous == null ? null : previous.getUrl() + URL_NAME + "/report";
    }

    /** Returns the display name of the build compared with ({@code #11}), or null. */
    public String getPreviousBuildName() {
        Run<?, ?> previous = previousWithReport();
        return previous == null ? null : previous.getDisplayName();
    }

    /** Returns the archived files other than those of the HTML report folder. */
    public List<String> getReportFiles() {
        String folder = getHtmlFolder();
        List<String> files = new ArrayList<>();
        for (String artifact : summary.getArtifacts()) {
            if (folder == null || !artifact.startsWith(folder + "/")) {
                files.add(artifact);
            }
        }
        return files;
    }

    /** Returns the artifact path of the HTML report folder, or null when none was written. */
    public String getHtmlFolder() {
        String index = summary.getHtmlIndex();
        int slash = index == null ? -1 : index.lastIndexOf('/');
        return slash < 0 ? null : index.substring(0, slash);
    }

    /** Returns the HTML folder's name, which names its zip download (Jenkins zips an artifact folder). */
    public String getHtmlFolderName() {
        String folder = getHtmlFolder();
        return folder == null ? null : folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** Returns the archived report JSON, or null. */
    VirtualFile reportFile() {
        return run == null || summary.getReportJson() == null ? null
                : run.getArtifactManager().root().child(summary.getReportJson());
    }

    private Run<?, ?> previousWithReport() {
        Run<?, ?> previous = run == null ? null : run.getPreviousBuild();
        for (int i = 0; previous != null && i < PREVIOUS_BUILDS; i++, previous = previous.getPreviousBuild()) {
            ReleaseAuditAction action = previous.getAction(ReleaseAuditAction.class);
            if (action != null && exists(action.reportFile())) {
                return previous;
            }
        }
        return null;
    }

    private static boolean exists(VirtualFile file) {
        try {
            return file != null && file.isFile();
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the coverage as a percentage with one decimal, for the pages. */
    public String getCoveragePercent() {
        return percent(summary.getCoverage());
    }

    /** Returns a share as a percentage with one decimal, rounded down so 99.96 % never shows as 100.0 %. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", Math.floor(share * 1000) / 10);
    }

    /** Returns the CSS modifier of the verdict: {@code pass}, {@code warn} or {@code fail}. */
    public String getStatusClass() {
        return summary.getStatus().toLowerCase(Locale.ROOT);
    }
}
