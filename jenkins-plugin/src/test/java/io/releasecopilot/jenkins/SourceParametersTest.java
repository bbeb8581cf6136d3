package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.BitbucketSource;
import io.releasecopilot.source.git.GitRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the step's source parameters become the core's live sources and git range, as the CLI's flags do. */
class SourceParametersTest {

    private static final CredentialValues BOTH = CredentialValues.none().with("JIRA_TOKEN", "t")
            .with("BITBUCKET_USERNAME", "u").with("BITBUCKET_PASSWORD", "p");

    @TempDir
    Path workspace;

    private AuditOptions map(StepOptions o) {
        return AuditOptionsMapper.map(o, BOTH, new WorkspacePaths(workspace));
    }

    private static StepOptions dataCenter() {
        StepOptions o = new StepOptions();
        o.fixVersion = "2026.03.1";
        o.jiraUrl = "https://jira.acme.internal";
        o.jiraFlavor = Flavor.DATACENTER;
        o.projects = List.of("app", "MOB");
        o.jql = "labels = release";
        o.bitbucketUrl = "https://bitbucket.acme.internal";
        o.bitbucketFlavor = Flavor.DATACENTER;
        o.workspace = "PLAT";
        o.repos = List.of("billing-service", "ledger");
        o.branches = List.of("main");
        o.since = "2026-02-01";
        o.until = "2026-03-15";
        o.refresh = true;
        return o;
    }

    @Test
    void shouldMapJiraAndBitbucketDataCenterWithADateWindowAndRefresh() {
        AuditOptions options = map(dataCenter());

        assertThat(options.fetchesLive()).isTrue();
        assertThat(options.git()).isNull();
        io.releasecopilot.source.live.FetchRequest live = options.live();
        assertThat(live.fixVersion()).isEqualTo("2026.03.1");
        assertThat(live.refresh()).isTrue();
        assertThat(live.jira().flavor()).isEqualTo(SourceFlavor.DATACENTER);
        assertThat(live.jira().projects()).containsExactly("APP", "MOB");
        assertThat(live.jql()).contains("labels = release");
        BitbucketSource bitbucket = live.bitbucket();
        assertThat(bitbucket.flavor()).isEqualTo(SourceFlavor.DATACENTER);
        assertThat(bitbucket.baseUrl()).hasToString("https://bitbucket.acme.internal");
        assertThat(bitbucket.workspace()).isEqualTo("PLAT");
        assertThat(bitbucket.repos()).containsExactly("billing-service", "ledger");
        assertThat(bitbucket.since()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(bitbucket.until()).isEqualTo(LocalDate.parse("2026-03-15"));
    }

    @Test
    void shouldDefaultToTheCloudFlavorsAndTheBitbucketCloudApi() {
        StepOptions o = dataCenter();
        o.jiraFlavor = null;
        o.bitbucketFlavor = null;
        o.bitbucketUrl = null;
        o.since = null;
        o.until = null;
        o.sinceRef = "v2026.02.0";
        o.pullRequests = true;

        io.releasecopilot.source.live.FetchRequest live = map(o).live();

        assertThat(live.jira().flavor()).isEqualTo(SourceFlavor.CLOUD);
        assertThat(live.bitbucket().baseUrl()).isEqualTo(BitbucketSource.CLOUD_API);
        assertThat(live.bitbucket().sinceRef()).isEqualTo("v2026.02.0");
        assertThat(live.bitbucket().pullRequests()).isTrue();
    }

    @Test
    void shouldReadAnExplicitCloneInsteadOfBitbucketAndNameItAfterTheOneRepository() throws Exception {
        Files.createDirectories(workspace.resolve("src/.git"));
        StepOptions o = dataCenter();
        o.gitDir = "src";
        o.repos = List.of("billing-service");
        o.since = null;
        o.until = null;
        o.sinceRef = "v1.0";

        AuditOptions options = map(o);

        GitRange git = options.git();
        assertThat(git.gitDir()).isEqualTo(workspace.resolve("src"));
        assertThat(git.branches()).containsExactly("main");
        assertThat(git.sinceRef()).isEqualTo("v1.0");
        assertThat(git.repoName()).isEqualTo("billing-service");
        assertThat(options.live().bitbucket()).isNull();
    }

    @Test
    void shouldReadTheWorkspaceCloneAtHeadInADateWindow() throws Exception {
        Files.createDirectories(workspace.resolve(".git"));
        StepOptions o = dataCenter();
        o.repos = null;
        o.branches = null;

        GitRange git = map(o).git();

        assertThat(git.gitDir()).isEqualTo(workspace.toAbsolutePath().normalize());
        assertThat(git.branches()).containsExactly("HEAD");
        assertThat(git.since()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(git.until()).isEqualTo(Instant.parse("2026-03-15T23:59:59.999999999Z"));
    }

    @Test
    void shouldNotFetchOfflineButStillReadAnExplicitClone() throws Exception {
        StepOptions o = dataCenter();
        o.offline = true;
        assertThat(map(o).fetchesLive()).isFalse();
        assertThat(map(o).git()).isNull();

        o.useWorkspaceGit = true;
        o.since = null;
        o.until = null;
        assertThatThrownBy(() -> map(o)).isInstanceOf(UsageException.class).hasMessageContaining("needs sinceRef");
        o.sinceRef = "v1.0";
        assertThat(map(o).git().sinceRef()).isEqualTo("v1.0");
    }

    @Test
    void shouldExplainWhatALiveRunLacks() {
        StepOptions noJira = dataCenter();
        noJira.jiraUrl = null;
        assertThatThrownBy(() -> map(noJira)).hasMessageStartingWith("repos needs jiraUrl");

        StepOptions noVersion = dataCenter();
        noVersion.fixVersion = null;
        assertThatThrownBy(() -> map(noVersion))
                .hasMessage("fixVersion is required to fetch from Jira (https://jira.acme.internal)");

        StepOptions badDate = dataCenter();
        badDate.useWorkspaceGit = true;
        badDate.since = "last week";
        assertThatThrownBy(() -> map(badDate))
                .hasMessage("since: 'last week' is not a date (YYYY-MM-DD) or an ISO-8601 instant");
    }

    @Test
    void shouldAuditTheCacheAloneWithoutAJiraUrl() {
        StepOptions o = new StepOptions();
        o.fixVersion = "2026.03.1";
        AuditOptions options = map(o);
        assertThat(options.live()).isNull();
        assertThat(options.git()).isNull();
    }

    @Test
    void shouldRecogniseWorkTreesAndBareRepositories() throws Exception {
        assertThat(SourceParameters.isRepository(workspace)).isFalse();
        Files.writeString(workspace.resolve(".git"), "gitdir: ../main/.git/worktrees/x");
        assertThat(SourceParameters.isRepository(workspace)).isTrue();
        Path bare = Files.createDirectories(workspace.resolve("bare.git/objects")).getParent();
        Files.writeString(bare.resolve("HEAD"), "ref: refs/heads/main");
        assertThat(SourceParameters.isRepository(bare)).isTrue();
        assertThat(List.of(GitRanges.instant("until", "2026-03-15T12:00:00Z", true)))
                .containsExactly(Instant.parse("2026-03-15T12:00:00Z"));
    }
}
