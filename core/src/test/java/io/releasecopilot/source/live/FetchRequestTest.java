package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.BitbucketSource;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FetchRequestTest {

    private static FetchRequestBuilder jira() {
        return FetchRequest.builder().fixVersion("2026.03").jiraUrl("https://acme.atlassian.net/").jiraFlavor("cloud");
    }

    private static FetchRequestBuilder cloud() {
        return jira().bitbucketFlavor("cloud").workspace("acme").repo("portal").branch("main");
    }

    @Test
    void shouldBuildWithDefaults() {
        FetchRequest sources = cloud().repo("api,web", "portal").branch("release/2026.03, main").build();

        assertThat(sources.concurrency()).isEqualTo(FetchRequest.DEFAULT_CONCURRENCY);
        assertThat(sources.jira().site()).isEqualTo(URI.create("https://acme.atlassian.net"));
        assertThat(sources.jira().browseUrl()).isEqualTo("https://acme.atlassian.net/browse/");
        assertThat(sources.bitbucket().baseUrl()).isEqualTo(BitbucketSource.CLOUD_API);
        assertThat(sources.bitbucket().repos()).containsExactly("portal", "api", "web");
        assertThat(sources.bitbucket().branches()).containsExactly("main", "release/2026.03");
        assertThat(sources.bitbucket().commitUrlPrefix("api")).isEqualTo("https://bitbucket.org/acme/api/commits/");
        assertThat(sources.jql()).isEqualTo("fixVersion = \"2026.03\" ORDER BY key ASC");
    }

    @Test
    void shouldReadJiraAloneAndKnowNoBrowseUrlBehindTheGateway() {
        FetchRequest sources = FetchRequest.builder().fixVersion("1").jiraFlavor(SourceFlavor.DATACENTER)
                .jiraUrl("https://api.atlassian.com/ex/jira/1234").project("abc,def", "ABC").build();

        assertThat(sources.bitbucket()).isNull();
        assertThat(sources.jira().browseUrl()).isNull();
        assertThat(sources.jira().projects()).containsExactly("ABC", "DEF");
    }

    @Test
    void shouldIgnoreBitbucketConnectionSettingsWithoutRepositories() {
        assertThat(jira().workspace("acme").bitbucketFlavor("cloud").bitbucketUrl("https://api.bitbucket.org").build()
                .bitbucket()).isNull();
    }

    @Test
    void shouldNameTheFlagOfEveryMistake() {
        assertThatThrownBy(() -> FetchRequest.builder().jiraUrl("https://x").jiraFlavor("cloud").build())
                .isInstanceOf(UsageException.class).hasMessage("--fix-version is required");
        assertThatThrownBy(() -> FetchRequest.builder().fixVersion("1").build())
                .hasMessageStartingWith("--jira-url is required");
        assertThatThrownBy(() -> jira().jiraFlavor((String) null).build())
                .hasMessage("--jira-flavor is required with --jira-url (cloud or datacenter)");
        assertThatThrownBy(() -> jira().jiraFlavor("server").build())
                .hasMessage("--jira-flavor must be cloud or datacenter, not \"server\"");
        assertThatThrownBy(() -> jira().jiraUrl("acme.atlassian.net").build())
                .hasMessage("--jira-url \"acme.atlassian.net\" must be an absolute http(s) URL");
        assertThatThrownBy(() -> jira().jiraUrl("https://me:secret@acme.atlassian.net").build())
                .hasMessageStartingWith("--jira-url must not contain credentials").hasMessageNotContaining("secret@");
        assertThatThrownBy(() -> jira().project("A-B").build()).hasMessageStartingWith("--project \"A-B\"");
        assertThatThrownBy(() -> jira().repo("portal").build()).hasMessage("--workspace is required with --repo");
        assertThatThrownBy(() -> jira().branch("main").build()).hasMessage("--repo is required with --branch");
        assertThatThrownBy(() -> jira().sinceRef("v1").build()).hasMessage("--repo is required with --since-ref");
        assertThatThrownBy(() -> jira().workspace("acme").repo("portal").build())
                .hasMessage("--branch is required with --repo");
        assertThatThrownBy(() -> cloud().bitbucketFlavor((String) null).build())
                .hasMessage("--bitbucket-flavor is required with --repo (cloud or datacenter)");
        assertThatThrownBy(() -> cloud().bitbucketFlavor("datacenter").build())
                .hasMessage("--bitbucket-url is required with --bitbucket-flavor datacenter");
        assertThatThrownBy(() -> cloud().repo("../etc").build()).hasMessageStartingWith("--repo \"../etc\"");
        assertThatThrownBy(() -> cloud().sinceRef("v1").since("2026-01-01").build())
                .hasMessageStartingWith("--since-ref cannot be combined with --since");
        assertThatThrownBy(() -> cloud().until("2026-01-01").build()).hasMessage("--until requires --since");
        assertThatThrownBy(() -> cloud().since("2026-02-01").until("2026-01-01").build())
                .hasMessage("--until 2026-01-01 is before --since 2026-02-01");
        assertThatThrownBy(() -> cloud().since("01/02/2026").build())
                .hasMessage("--since \"01/02/2026\" is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> cloud().bitbucketFlavor("datacenter").bitbucketUrl("https://git.acme.com")
                .pullRequests(true).build())
                .hasMessage("--pull-requests is supported with --bitbucket-flavor cloud only");
        assertThatThrownBy(() -> cloud().concurrency(0).build()).hasMessageStartingWith("--concurrency must be");
        assertThatThrownBy(() -> cloud().jql("a) OR (b").build()).hasMessageStartingWith("--jql has a ')'");
    }

    @Test
    void shouldAcceptADataCenterServerWithItsRestPathAndADateWindow() {
        FetchRequest sources = cloud().bitbucketFlavor("datacenter").bitbucketUrl("https://git.acme.com/rest/api/1.0/")
                .workspace("~jdoe").since("2026-01-01").until("2026-03-31").build();

        assertThat(sources.bitbucket().baseUrl()).isEqualTo(URI.create("https://git.acme.com"));
        assertThat(sources.bitbucket().since()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(sources.bitbucket().commitUrlPrefix("portal"))
                .isEqualTo("https://git.acme.com/projects/~jdoe/repos/portal/commits/");
    }
}
