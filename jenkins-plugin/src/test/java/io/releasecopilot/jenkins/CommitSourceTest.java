package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitSourceTest {

    @Test
    void shouldReadAnExplicitCloneInEveryModeLikeGitDir() {
        StepOptions o = new StepOptions();
        o.offline = true;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.CACHE);
        o.useWorkspaceGit = true;
        assertThat(CommitSource.choose(o, false)).isEqualTo(CommitSource.LOCAL_GIT);
        o.useWorkspaceGit = null;
        o.gitDir = "src";
        assertThat(CommitSource.choose(o, false)).isEqualTo(CommitSource.LOCAL_GIT);
        o.useWorkspaceGit = false;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.CACHE);
    }

    @Test
    void shouldDefaultToLocalGitForALiveRunWhenTheWorkspaceHoldsTheRepositoryAndNoReposAreGiven() {
        StepOptions o = new StepOptions();
        o.jiraUrl = "https://acme.atlassian.net";
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.LOCAL_GIT);
        assertThat(CommitSource.choose(o, false)).isEqualTo(CommitSource.CACHE);
        o.bitbucketUrl = "https://api.bitbucket.org";
        assertThat(CommitSource.choose(o, true)).as("a URL alone names no repository")
                .isEqualTo(CommitSource.LOCAL_GIT);
        o.repos = List.of("portal");
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.BITBUCKET);
        o.useWorkspaceGit = true;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.LOCAL_GIT);
        o.useWorkspaceGit = false;
        o.repos = null;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.CACHE);
    }

    @Test
    void shouldNotReadGitForARunWithNothingToFetch() {
        assertThat(CommitSource.choose(new StepOptions(), true)).isEqualTo(CommitSource.CACHE);
    }
}
