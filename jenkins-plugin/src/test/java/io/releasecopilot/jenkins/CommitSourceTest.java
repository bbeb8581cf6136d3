package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitSourceTest {

    @Test
    void shouldUseOnlyTheCacheOffline() {
        StepOptions o = new StepOptions();
        o.offline = true;
        o.useWorkspaceGit = true;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.CACHE);
    }

    @Test
    void shouldDefaultToLocalGitForALiveRunWhenTheWorkspaceHoldsTheRepository() {
        StepOptions o = new StepOptions();
        o.jiraUrl = "https://acme.atlassian.net";
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.LOCAL_GIT);
        assertThat(CommitSource.choose(o, false)).isEqualTo(CommitSource.CACHE);
        o.bitbucketUrl = "https://api.bitbucket.org";
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.BITBUCKET);
        o.useWorkspaceGit = true;
        assertThat(CommitSource.choose(o, true)).isEqualTo(CommitSource.LOCAL_GIT);
    }

    @Test
    void shouldNotReadGitForARunWithNothingToFetch() {
        assertThat(CommitSource.choose(new StepOptions(), true)).isEqualTo(CommitSource.CACHE);
    }
}
