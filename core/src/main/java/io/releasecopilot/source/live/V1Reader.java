package io.releasecopilot.source.live;

import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.Manifest;
import io.releasecopilot.source.ParallelRunner;
import io.releasecopilot.cache.SourceLines;
import io.releasecopilot.cache.V1Layout;
import io.releasecopilot.cache.Warnings;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.PullRequest;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.bitbucket.CloudCommitParser;
import io.releasecopilot.source.bitbucket.CommitPageParser;
import io.releasecopilot.source.bitbucket.DataCenterCommitParser;
import io.releasecopilot.source.bitbucket.PullRequestParser;
import io.releasecopilot.source.jira.JiraPageParser;
import io.releasecopilot.source.jira.StoryMerger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a resolved {@link V1Layout}: parses every page in parallel, then assembles stories (first of a
 * duplicated key wins), commits (in manifest order: repository, ref, page, position; within one ref a hash
 * seen on an earlier page is dropped, as after an incremental update, and so is a commit outside the ref's
 * date window), pull requests, the source lines and the warnings.
 */
final class V1Reader {

    private final V1Layout layout;
    private final Warnings warnings = new Warnings();

    V1Reader(V1Layout layout) {
        this.layout = layout;
    }

    AuditInput read() {
        Manifest manifest = layout.manifest;
        JiraPageParser.Shape shape = manifest.jira().flavor() == SourceFlavor.DATACENTER
                ? JiraPageParser.Shape.DATACENTER : JiraPageParser.Shape.CLOUD;
        List<JiraJob> jiraJobs = new ArrayList<>();
        layout.jiraPages.forEach(f -> jiraJobs.add(new JiraJob(f, shape)));
        List<List<List<CommitJob>>> commitJobs = new ArrayList<>();
        List<List<PullRequestJob>> prJobs = new ArrayList<>();
        List<ParallelRunner.Job> all = new ArrayList<>(jiraJobs);
        for (V1Layout.RepoPages repo : layout.repos) {
            Manifest.Repo r = repo.repo();
            String name = r.name();
            List<List<CommitJob>> perRef = new ArrayList<>();
            for (V1Layout.RefPages ref : repo.refs()) {
                List<String> branches = List.of(ref.ref().ref());
                List<CommitJob> jobs = new ArrayList<>();
                ref.pages().forEach(f -> jobs.add(new CommitJob(f, r.flavor(), name, branches,
                        r.commitUrlPrefix() == null)));
                perRef.add(jobs);
                all.addAll(jobs);
            }
            commitJobs.add(perRef);
            List<PullRequestJob> prs = new ArrayList<>();
            repo.pullRequestPages().forEach(f -> prs.add(new PullRequestJob(f, name)));
            prJobs.add(prs);
            all.addAll(prs);
        }
        ParallelRunner.runAll(all, layout.dir);
        layout.warnings.forEach(warnings::add);

        List<String> sources = new ArrayList<>();
        sources.add(layout.manifestFile.name() + " (" + Manifest.LAYOUT + ", fix version " + manifest.fixVersion()
                + (manifest.updatedAt() == null ? "" : ", updated " + manifest.updatedAt()) + ")");
        StoryMerger stories = new StoryMerger(warnings, manifest.fixVersion());
        String browseUrl = jira(jiraJobs, shape, stories, sources);

        List<Commit> commits = new ArrayList<>(commitCount(commitJobs));
        List<Repository> repositories = new ArrayList<>();
        List<PullRequest> pullRequests = new ArrayList<>();
        for (int r = 0; r < layout.repos.size(); r++) {
            V1Layout.RepoPages repo = layout.repos.get(r);
            repositories.add(repository(repo, commitJobs.get(r), commits, sources));
            pullRequests(repo, prJobs.get(r), pullRequests, sources);
        }
        return new AuditInput(manifest.fixVersion(), browseUrl, stories.stories(), commits, repositories,
                pullRequests, sources, warnings.toList(), layout.incomplete);
    }

    private String jira(List<JiraJob> jobs, JiraPageParser.Shape shape, StoryMerger stories, List<String> sources) {
        String firstSelf = null;
        long issues = 0;
        for (JiraJob job : jobs) {
            JiraPageParser.Page page = job.page;
            if (shape == JiraPageParser.Shape.DATACENTER && page.startAt() != null && page.startAt() != issues) {
                warnings.addCapped("paging gaps", page.file().name() + ": startAt is " + page.startAt() + " but "
                        + issues + " issues came before it; issues may be missing or repeated");
            }
            issues += page.stories().size();
            stories.add(page);
            dateWarning(page.dateWarning());
            if (firstSelf == null) {
                firstSelf = page.firstSelf();
            }
        }
        Manifest.Jira jira = layout.manifest.jira();
        if (jira.complete() && !jobs.isEmpty()) {
            JiraPageParser.Page last = jobs.get(jobs.size() - 1).page;
            boolean more = shape == JiraPageParser.Shape.CLOUD ? Boolean.FALSE.equals(last.isLast())
                    : last.startAt() != null && last.total() != null
                            && last.startAt() + last.stories().size() < last.total();
            if (more) {
                warnings.add(last.file().name() + ": the manifest calls the Jira fetch complete but this last page"
                        + " says more issues follow");
            }
        }
        sources.add(SourceLines.line(layout.jiraPages, "jira", shape.label, issues, "issue", "issues"));
        return jira.browseUrl() != null ? jira.browseUrl() : JiraPageParser.browseUrl(firstSelf);
    }

    private Repository repository(V1Layout.RepoPages repo, List<List<CommitJob>> perRef, List<Commit> commits,
            List<String> sources) {
        Manifest.Repo r = repo.repo();
        String href = null;
        for (int k = 0; k < repo.refs().size(); k++) {
            V1Layout.RefPages ref = repo.refs().get(k);
            List<CommitJob> jobs = perRef.get(k);
            Manifest.Window window = ref.window();
            Set<String> seen = jobs.size() > 1 ? new HashSet<>() : null;
            long count = 0;
            long outside = 0;
            for (CommitJob job : jobs) {
                if (seen == null && !window.windowed()) {
                    commits.addAll(job.commits);
                    count += job.commits.size();
                } else {
                    for (Commit commit : job.commits) {
                        if (!window.contains(commit.date())) {
                            outside++;
                        } else if (seen == null || seen.add(commit.hash())) {
                            commits.add(commit);
                            count++;
                        }
                    }
                }
                dateWarning(job.dateWarning);
                if (href == null) {
                    href = job.htmlHref;
                }
            }
            if (ref.ref().complete() && !jobs.isEmpty() && jobs.get(jobs.size() - 1).morePages) {
                warnings.add(jobs.get(jobs.size() - 1).file.name() + ": the manifest calls the commit fetch of "
                        + r.name() + " ref " + ref.ref().ref() + " complete but this last page says more follow");
            }
            String what = CommitPageParser.label(r.flavor()) + " " + SourceLines.repoName(r.workspace(), r.name()) + " "
                    + ref.ref().ref() + (outside > 0 ? ", " + SourceLines.count(outside, "commit", "commits")
                            + " outside the date window left out" : "");
            sources.add(SourceLines.line(ref.pages(), "bitbucket/" + r.name(), what, count, "commit", "commits"));
        }
        String prefix = r.commitUrlPrefix() != null ? r.commitUrlPrefix() : CommitPageParser.commitUrlPrefix(href);
        return new Repository(r.name(), r.workspace(), r.flavor(),
                repo.refs().stream().map(ref -> ref.branches().get(0)).toList(), prefix);
    }

    private void pullRequests(V1Layout.RepoPages repo, List<PullRequestJob> jobs, List<PullRequest> out,
            List<String> sources) {
        if (repo.repo().pullRequests() == null) {
            return;
        }
        long count = 0;
        for (PullRequestJob job : jobs) {
            if (job.failure != null) {
                warnings.add(job.failure + "; pull requests of that page left out");
            } else {
                out.addAll(job.pullRequests);
                count += job.pullRequests.size();
            }
        }
        Manifest.Repo r = repo.repo();
        String what = "Bitbucket Cloud pull requests " + SourceLines.repoName(r.workspace(), r.name());
        sources.add(SourceLines.line(repo.pullRequestPages(), "pullrequests/" + r.name(), what, count, "pull request",
                "pull requests"));
    }

    private void dateWarning(String warning) {
        if (warning != null) {
            warnings.addCapped("files with unreadable dates", warning);
        }
    }

    private static int commitCount(List<List<List<CommitJob>>> jobs) {
        long n = 0;
        for (List<List<CommitJob>> repo : jobs) {
            for (List<CommitJob> ref : repo) {
                for (CommitJob job : ref) {
                    n += job.commits.size();
                }
            }
        }
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    /** Parses one Jira page. */
    private static final class JiraJob implements ParallelRunner.Job {
        private final CacheFile file;
        private final JiraPageParser.Shape shape;
        private JiraPageParser.Page page;

        JiraJob(CacheFile file, JiraPageParser.Shape shape) {
            this.file = file;
            this.shape = shape;
        }

        @Override
        public long weight() {
            return file.size();
        }

        @Override
        public void run() {
            page = new JiraPageParser(file, shape).parse();
        }
    }

    /** Parses one commit page of either flavor. */
    private static final class CommitJob implements ParallelRunner.Job {
        private final CacheFile file;
        private final SourceFlavor flavor;
        private final String repo;
        private final List<String> branches;
        private final boolean wantHref;
        private List<Commit> commits = List.of();
        private boolean morePages;
        private String htmlHref;
        private String dateWarning;

        CommitJob(CacheFile file, SourceFlavor flavor, String repo, List<String> branches, boolean wantHref) {
            this.file = file;
            this.flavor = flavor;
            this.repo = repo;
            this.branches = branches;
            this.wantHref = wantHref;
        }

        @Override
        public long weight() {
            return file.size();
        }

        @Override
        public void run() {
            if (flavor == SourceFlavor.DATACENTER) {
                DataCenterCommitParser.Page page = new DataCenterCommitParser(file, repo, branches).parse();
                commits = page.commits();
                morePages = !page.isLastPage();
                dateWarning = page.dateWarning();
            } else {
                CloudCommitParser.Page page = new CloudCommitParser(file, repo, branches, wantHref, false)
                        .parse();
                commits = page.commits();
                morePages = page.hasNext();
                htmlHref = page.htmlHref();
                dateWarning = page.dateWarning();
            }
        }
    }

    /** Parses one pull request page; a failure becomes a warning, as pull requests are optional. */
    private static final class PullRequestJob implements ParallelRunner.Job {
        private final CacheFile file;
        private final String repo;
        private List<PullRequest> pullRequests = List.of();
        private String failure;

        PullRequestJob(CacheFile file, String repo) {
            this.file = file;
            this.repo = repo;
        }

        @Override
        public long weight() {
            return file.size();
        }

        @Override
        public void run() {
            try {
                pullRequests = new PullRequestParser(file, repo).parse().pullRequests();
            } catch (AuditException e) {
                failure = e.getMessage();
            }
        }
    }
}
