package io.releasecopilot.jenkins;

import hudson.model.Api;
import hudson.model.Run;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The build's "Release audit" page ({@code index.jelly}), its box on the build page ({@code summary.jelly}) and
 * its {@code api/json}. Keeps the {@link AuditSummary} in build.xml; the full reports are the build's artifacts.
 */
@ExportedBean
public final class ReleaseAuditAction implements RunAction2 {

    /** The URL segment of the page, under the build. */
    static final String URL_NAME = "releaseAudit";

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

    /** Returns the coverage as a percentage with one decimal, for the pages. */
    public String getCoveragePercent() {
        return String.format(Locale.ROOT, "%.1f %%", Math.floor(summary.getCoverage() * 1000) / 10);
    }

    /** Returns the CSS modifier of the verdict: {@code pass}, {@code warn} or {@code fail}. */
    public String getStatusClass() {
        return summary.getStatus().toLowerCase(Locale.ROOT);
    }
}
