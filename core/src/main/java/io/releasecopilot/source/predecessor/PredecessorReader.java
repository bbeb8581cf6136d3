package io.releasecopilot.source.predecessor;

import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.source.ParallelRunner;
import io.releasecopilot.cache.SourceLines;
import io.releasecopilot.cache.Warnings;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.source.bitbucket.CloudCommitParser;
import io.releasecopilot.source.bitbucket.CommitPageParser;
import io.releasecopilot.source.jira.JiraPageParser;
import io.releasecopilot.source.jira.StoryMerger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link PredecessorLayout}: the Jira file and the Bitbucket files in parallel, commits in file-name
 * order then position.
 */
public final class PredecessorReader {

    private final PredecessorLayout layout;
    private final Warnings warnings = new Warnings();

    public PredecessorReader(PredecessorLayout layout) {
        this.layout = layout;
    }

    public AuditInput read() {
        JiraJob jiraJob = new JiraJob(layout.jira.file());
        List<CommitJob> commitJobs = new ArrayList<>();
        for (PredecessorLayout.CommitFile f : layout.commitFiles) {
            commitJobs.add(new CommitJob(f.file(), f.repo(), List.of(f.branch())));
        }
        List<ParallelRunner.Job> all = new ArrayList<>();
        all.add(jiraJob);
        all.addAll(commitJobs);
        ParallelRunner.runAll(all, layout.dir);
        layout.warnings.forEach(warnings::add);

        List<String> sources = new ArrayList<>();
        JiraPageParser.Page page = jiraJob.page;
        StoryMerger stories = new StoryMerger(warnings, layout.jira.fixVersion());
        stories.add(page);
        dateWarning(page.dateWarning());
        sources.add(page.file().name() + " (predecessor cache, Jira, fix version " + layout.jira.fixVersion() + ", "
                + SourceLines.count(page.stories().size(), "issue", "issues") + ")");

        long total = 0;
        for (CommitJob job : commitJobs) {
            total += job.page.commits().size();
        }
        List<Commit> commits = new ArrayList<>((int) Math.min(total, Integer.MAX_VALUE - 8));
        Map<String, String> prefixes = new HashMap<>();
        for (int i = 0; i < commitJobs.size(); i++) {
            PredecessorLayout.CommitFile f = layout.commitFiles.get(i);
            CloudCommitParser.Page commitPage = commitJobs.get(i).page;
            commits.addAll(commitPage.commits());
            dateWarning(commitPage.dateWarning());
            String prefix = CommitPageParser.commitUrlPrefix(commitPage.htmlHref());
            if (prefix != null) {
                prefixes.putIfAbsent(f.repo(), prefix);
            }
            sources.add(f.file().name() + " (predecessor cache, Bitbucket Cloud "
                    + SourceLines.repoName(f.workspace(), f.repo()) + " " + f.branch() + ", "
                    + SourceLines.count(commitPage.commits().size(), "commit", "commits") + ")");
        }
        if (layout.superseded > 0) {
            sources.add(SourceLines.count(layout.superseded, "older predecessor file", "older predecessor files")
                    + " skipped (a newer file with the same name prefix was read)");
        }
        return new AuditInput(layout.jira.fixVersion(), JiraPageParser.browseUrl(page.firstSelf()), stories.stories(),
                commits, layout.repositories(prefixes), List.of(), sources, warnings.toList());
    }

    private void dateWarning(String warning) {
        if (warning != null) {
            warnings.addCapped("files with unreadable dates", warning);
        }
    }

    /** Parses the Jira file. */
    private static final class JiraJob implements ParallelRunner.Job {
        private final CacheFile file;
        private JiraPageParser.Page page;

        public JiraJob(CacheFile file) {
            this.file = file;
        }

        @Override
        public long weight() {
            return file.size();
        }

        @Override
        public void run() {
            page = new JiraPageParser(file, JiraPageParser.Shape.PREDECESSOR).parse();
        }
    }

    /** Parses one Bitbucket file. */
    private static final class CommitJob implements ParallelRunner.Job {
        private final CacheFile file;
        private final String repo;
        private final List<String> branches;
        private CloudCommitParser.Page page;

        public CommitJob(CacheFile file, String repo, List<String> branches) {
            this.file = file;
            this.repo = repo;
            this.branches = branches;
        }

        @Override
        public long weight() {
            return file.size();
        }

        @Override
        public void run() {
            page = new CloudCommitParser(file, repo, branches, true, true).parse();
        }
    }
}
