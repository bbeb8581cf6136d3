package io.releasecopilot.source.live;

import java.time.Instant;

/** Sources pointing at a {@link FakeServer}, with a small Jira search stubbed. */
final class TestSources {

    static final Instant NEWEST = Instant.parse("2026-03-20T12:00:00Z");

    private TestSources() {
    }

    /** Jira Cloud and Bitbucket Cloud on the fake, workspace {@code acme}; stubs 10 Jira issues. */
    static FetchRequestBuilder cloud(FakeServer fake) {
        fake.stubs().jiraCloud(TestIssue.series("2026.03", 10), 100);
        return FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("cloud")
                .bitbucketUrl(fake.url()).bitbucketFlavor("cloud").workspace("acme");
    }

    /** Jira Data Center and Bitbucket Data Center on the fake, project {@code PROJ}; stubs 10 Jira issues. */
    static FetchRequestBuilder dataCenter(FakeServer fake) {
        fake.stubs().jiraDataCenter(TestIssue.series("2026.03", 10), 50);
        return FetchRequest.builder().fixVersion("2026.03").jiraUrl(fake.url()).jiraFlavor("datacenter")
                .bitbucketUrl(fake.url()).bitbucketFlavor("datacenter").workspace("PROJ");
    }
}
