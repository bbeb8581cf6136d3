package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import io.releasecopilot.source.CommitSelection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same value checks online and offline; offline, --repo and --branch select from the cache. */
class OfflineFlagsTest {

    @Test
    void shouldRefuseABadDateTheSameWayOnlineAndOffline() {
        String message = "--since \"2026-13-45\" is not a date (YYYY-MM-DD)";

        assertThatThrownBy(() -> FetchRequest.builder().since("2026-13-45").offline())
                .isInstanceOf(UsageException.class).hasMessage(message);
        assertThatThrownBy(() -> FetchRequest.builder().since("2026-13-45").checkValues()).hasMessage(message);
        assertThatThrownBy(() -> FetchRequest.builder().fixVersion("1").jiraUrl("https://acme.atlassian.net")
                .jiraFlavor("cloud").since("2026-13-45").build()).hasMessage(message);
    }

    @Test
    void shouldRefuseABadConcurrencyTheSameWayOnlineAndOffline() {
        String message = "--concurrency must be between 1 and 16, not -3";

        assertThatThrownBy(() -> FetchRequest.builder().concurrency(-3).offline()).hasMessage(message);
        assertThatThrownBy(() -> FetchRequest.builder().concurrency(-3).checkValues()).hasMessage(message);
    }

    @Test
    void shouldRefuseAFlagOnlyAFetchCanUseOffline() {
        assertThatThrownBy(() -> FetchRequest.builder().jiraUrl("https://acme.atlassian.net").offline())
                .isInstanceOf(UsageException.class)
                .hasMessage("--jira-url cannot be used with --offline: it only applies to a fetch"
                        + " (offline, --repo and --branch select from the cache)");
        assertThatThrownBy(() -> FetchRequest.builder().concurrency(4).offline()).hasMessageStartingWith("--concurrency");
        assertThatThrownBy(() -> FetchRequest.builder().since("2026-01-01").offline()).hasMessageStartingWith("--since");
        assertThatThrownBy(() -> FetchRequest.builder().refresh(true).offline()).hasMessageStartingWith("--refresh");
    }

    @Test
    void shouldSelectRepositoriesAndRefsOffline() {
        CommitSelection selection = FetchRequest.builder().repo("portal").branch("main").offline();

        AuditInput selected = selection.apply(input());

        assertThat(selected.commits()).extracting(Commit::hash).containsExactly("a1", "a2");
        assertThat(selected.commits().get(1).branches()).containsExactly("main");
        assertThat(selected.repositories()).singleElement().satisfies(repository -> {
            assertThat(repository.name()).isEqualTo("portal");
            assertThat(repository.refs()).containsExactly("main");
        });
        assertThat(selected.stories()).isEqualTo(input().stories());
    }

    @Test
    void shouldKeepEverythingWithoutASelection() {
        AuditInput input = input();

        assertThat(FetchRequest.builder().offline().apply(input)).isSameAs(input);
    }

    @Test
    void shouldNameARepositoryOrRefTheCacheDoesNotHold() {
        assertThatThrownBy(() -> new CommitSelection(List.of("portl"), List.of()).apply(input()))
                .isInstanceOf(UsageException.class)
                .hasMessage("--repo portl: the cache holds no such repository (it holds portal, api)");
        assertThatThrownBy(() -> new CommitSelection(List.of("api"), List.of("develop")).apply(input()))
                .hasMessage("--branch develop: no selected repository of the cache holds this ref (they hold main)");
    }

    private static AuditInput input() {
        return new AuditInput("2026.03", null, List.of(),
                List.of(commit("portal", "a1", "main"), commit("portal", "a2", "main", "develop"),
                        commit("portal", "a3", "develop"), commit("api", "b1", "main")),
                List.of(repository("portal", "main", "develop"), repository("api", "main")), List.of(), List.of(),
                List.of());
    }

    private static Commit commit(String repo, String hash, String... branches) {
        return new Commit(repo, hash, null, "Ann", null, "ABC-1 change", List.of(branches), 1);
    }

    private static Repository repository(String name, String... refs) {
        return new Repository(name, "acme", SourceFlavor.CLOUD, List.of(refs), null);
    }
}
