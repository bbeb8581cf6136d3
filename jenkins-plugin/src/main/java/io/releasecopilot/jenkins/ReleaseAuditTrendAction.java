package io.releasecopilot.jenkins;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Job;
import hudson.model.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import jenkins.model.TransientActionFactory;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.verb.GET;

/**
 * The job's "Release audit trend": coverage and gaps over the job's last {@value #MAX_BUILDS} builds with an
 * audit, as a chart ({@code js/release-audit-trend.js}, fed by {@link #doData}) on its own page and in a box on
 * the job's page ({@code floatingBox.jelly}), plus a table. Not persisted: {@link Factory} adds it to every job
 * (Pipeline jobs included) whose recent builds have a {@link ReleaseAuditAction}.
 */
@ExportedBean
public final class ReleaseAuditTrendAction implements Action {

    /** The URL segment of the page, under the job. */
    static final String URL_NAME = "releaseAuditTrend";

    /** How many builds, newest first, the trend walks. */
    static final int MAX_BUILDS = 50;

    /** How many of the newest builds the factory looks at to decide whether the job audits releases. */
    static final int RECENT_BUILDS = 10;

    private final Job<?, ?> job;

    ReleaseAuditTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    @Override
    public String getIconFileName() {
        return "/plugin/release-copilot/images/release-audit-trend.svg";
    }

    @Override
    public String getDisplayName() {
        return "Release audit trend";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** Returns the job, for the page's side panel. */
    public Job<?, ?> getJob() {
        return job;
    }

    /** Returns the audited builds among the last {@value #MAX_BUILDS}, newest first. */
    @Exported(name = "builds")
    public List<TrendPoint> getBuilds() {
        List<TrendPoint> points = new ArrayList<>();
        Run<?, ?> run = job.getLastBuild();
        for (int i = 0; run != null && i < MAX_BUILDS; i++, run = run.getPreviousBuild()) {
            ReleaseAuditAction action = run.getAction(ReleaseAuditAction.class);
            if (action != null) {
                points.add(new TrendPoint(run.getNumber(), run.getDisplayName(), run.getUrl(), action.getSummary()));
            }
        }
        return points;
    }

    /** Serves the points as JSON, oldest first ({@code releaseAuditTrend/data}). */
    @GET
    public void doData(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        ArtifactResponse.send(response, TrendJson.write(getBuilds()));
    }

    /** Returns the REST API ({@code releaseAuditTrend/api/json}). */
    public Api getApi() {
        return new Api(this);
    }

    /** Adds the trend to jobs whose recent builds ran {@code releaseAudit}. */
    @Extension
    @SuppressWarnings("rawtypes")
    public static final class Factory extends TransientActionFactory<Job> {

        @Override
        public Class<Job> type() {
            return Job.class;
        }

        @Override
        public Collection<? extends Action> createFor(Job target) {
            Run<?, ?> run = target.getLastBuild();
            for (int i = 0; run != null && i < RECENT_BUILDS; i++, run = run.getPreviousBuild()) {
                if (run.getAction(ReleaseAuditAction.class) != null) {
                    return Set.of(new ReleaseAuditTrendAction((Job<?, ?>) target));
                }
            }
            return Set.of();
        }
    }
}
