package io.releasecopilot.jenkins;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Api;
import hudson.model.Job;
import hudson.model.Run;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.TransientActionFactory;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.kohsuke.stapler.verb.GET;

/**
 * The job's "Release audit trend": coverage and gaps over the job's last {@value #MAX_BUILDS} audited builds, as
 * a chart ({@code js/release-audit-trend.js}, fed by {@link #doData}) on its own page and in a box on the job's
 * page ({@code floatingBox.jelly}), plus a table. Not persisted: {@link Factory} adds it to jobs whose
 * {@link AuditIndex} exists, without loading a build. The points are built once per change of the index and kept
 * for the {@value #CACHED_JOBS} jobs seen last, so rendering the job page again loads nothing.
 */
@ExportedBean
public final class ReleaseAuditTrendAction implements Action {

    /** The URL segment of the page, under the job. */
    static final String URL_NAME = "releaseAuditTrend";

    /** How many audited builds, newest first, the trend shows. */
    static final int MAX_BUILDS = 50;

    /** How many jobs' points are kept in memory. */
    static final int CACHED_JOBS = 200;

    private static final Map<String, Cached> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED_JOBS;
        }
    };

    private final Job<?, ?> job;
    private final AuditHistory history;
    private final JenkinsFacade jenkins;

    ReleaseAuditTrendAction(Job<?, ?> job, AuditHistory history, JenkinsFacade jenkins) {
        this.job = job;
        this.history = history;
        this.jenkins = jenkins;
    }

    /** Returns the trend of a job that ran the step, or nothing; loads no build. */
    static Collection<ReleaseAuditTrendAction> of(Job<?, ?> job, AuditHistory history, JenkinsFacade jenkins) {
        return AuditIndex.exists(history.rootDir()) ? Set.of(new ReleaseAuditTrendAction(job, history, jenkins))
                : Set.of();
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

    /**
     * Returns the audits of the last {@value #MAX_BUILDS} audited builds, newest first: from memory while the
     * job's index is unchanged, else by loading exactly those builds.
     */
    @Exported(name = "builds", visibility = 2)
    public List<TrendPoint> getBuilds() {
        File dir = history.rootDir();
        String key = dir.getAbsolutePath();
        String version = AuditIndex.version(dir);
        synchronized (CACHE) {
            Cached cached = CACHE.get(key);
            if (cached != null && cached.version.equals(version)) {
                return cached.points;
            }
        }
        List<TrendPoint> points = new ArrayList<>();
        List<Integer> numbers = AuditIndex.newestFirst(dir);
        for (int number : numbers.subList(0, Math.min(MAX_BUILDS, numbers.size()))) {
            points.addAll(history.load(number));
        }
        List<TrendPoint> result = List.copyOf(points);
        synchronized (CACHE) {
            CACHE.put(key, new Cached(version, result));
        }
        return result;
    }

    /** Serves the points as JSON, oldest first ({@code releaseAuditTrend/data}), to users who may see the job. */
    @GET
    public void doData(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        if (job != null && !jenkins.mayRead(job)) {
            ArtifactResponse.forbidden(response);
            return;
        }
        ArtifactResponse.send(response, TrendJson.write(getBuilds()));
    }

    /** Returns the REST API ({@code releaseAuditTrend/api/json}). */
    public Api getApi() {
        return new Api(this);
    }

    private record Cached(String version, List<TrendPoint> points) {
    }

    /** The trend's view of a Jenkins job: its folder, and its builds loaded one by one. */
    private record JobHistory(Job<?, ?> job) implements AuditHistory {

        @Override
        public File rootDir() {
            return job.getRootDir();
        }

        @Override
        public List<TrendPoint> load(int number) {
            Run<?, ?> run = job.getBuildByNumber(number);
            if (run == null) {
                return List.of();
            }
            return run.getActions(ReleaseAuditAction.class).stream().map(action -> new TrendPoint(run.getNumber(),
                    run.getDisplayName(), run.getUrl(), action.getId(), action.getFigures())).toList();
        }
    }

    /** Adds the trend to jobs whose builds ran {@code releaseAudit}, asked only for this action type. */
    @Extension
    @SuppressWarnings("rawtypes")
    public static final class Factory extends TransientActionFactory<Job> {

        @Override
        public Class<Job> type() {
            return Job.class;
        }

        @Override
        public Class<? extends Action> actionType() {
            return ReleaseAuditTrendAction.class;
        }

        @Override
        public Collection<? extends Action> createFor(Job target) {
            Job<?, ?> job = target;
            return of(job, new JobHistory(job), new JenkinsFacade());
        }
    }
}
