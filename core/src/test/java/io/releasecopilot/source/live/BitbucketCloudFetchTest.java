package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BitbucketCloudFetchTest {

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldExcludeTheSinceRefEncodeRefsAndFollowOpaqueNextLinks() throws Exception {
        List<TestCommit> release = TestCommit.history("release", 230, TestSources.NEWEST);
        List<TestCommit> feature = TestCommit.history("feature", 40, TestSources.NEWEST);
        List<byte[]> served = fake.stubs().bitbucketCloud("acme", "portal", "release/2026.03", "release/2026.02",
                release, 100);
        fake.stubs().bitbucketCloud("acme", "portal", "feature/x y", "release/2026.02", feature, 100);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("release/2026.03,feature/x y")
                .sinceRef("release/2026.02").build();

        FetchSummary summary = FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        List<LoggedRequest> releasePages = fake.requests(Stubs.cloudPath("acme", "portal", "release/2026.03"));
        assertThat(releasePages).extracting(LoggedRequest::getUrl).allMatch(url -> url.startsWith(
                "/2.0/repositories/acme/portal/commits/release%2F2026.03?pagelen=100&exclude=release%2F2026.02"));
        assertThat(releasePages).extracting(r -> FakeServer.param(r, "page"))
                .containsExactly(null, Stubs.cloudToken("release/2026.03", 1), Stubs.cloudToken("release/2026.03", 2));
        assertThat(fake.requests(Stubs.cloudPath("acme", "portal", "feature/x y"))).singleElement()
                .extracting(LoggedRequest::getUrl).asString()
                .startsWith("/2.0/repositories/acme/portal/commits/feature%2Fx%20y?");
        assertThat(summary.requests()).isEqualTo(1 + 3 + 1);
        assertThat(Files.readAllBytes(cache.resolve("bitbucket/portal/release_2026.03/page-00002.json")))
                .isEqualTo(served.get(1));
        assertThat(cache.resolve("bitbucket/portal/feature_x_y/page-00001.json")).exists();

        AuditInput input = CacheReader.read(cache);
        assertThat(input.commits()).hasSize(270);
        assertThat(input.commits().get(0).hash()).isEqualTo(release.get(0).hash());
        assertThat(input.commits().get(0).branches()).containsExactly("release/2026.03");
        assertThat(input.commits().get(230).branches()).containsExactly("feature/x y");
        assertThat(input.commits().get(0).author()).isEqualTo("Dev 0");
        assertThat(input.commits().get(1).author()).isEqualTo("Dev 1");
        assertThat(input.repositories()).singleElement().satisfies(repo -> {
            assertThat(repo.refs()).containsExactly("release/2026.03", "feature/x y");
            assertThat(repo.commitUrlPrefix()).isEqualTo("https://bitbucket.org/acme/portal/commits/");
        });
        assertThat(input.warnings()).isEmpty();
    }

    @Test
    void shouldNotFollowANextLinkToAnotherHost() {
        String page = BitbucketPayloads.cloudPage("acme", "portal", TestCommit.history("x", 2, TestSources.NEWEST),
                100, "https://evil.example.com/2.0/repositories/acme/portal/commits/main?page=2");
        fake.server().stubFor(get(urlPathEqualTo(Stubs.cloudPath("acme", "portal", "main")))
                .willReturn(aResponse().withBody(page)));
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").build();

        assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessageContaining("points to another host (https://evil.example.com")
                .hasMessageContaining("credentials stay with the configured host");
    }

    @Test
    void shouldStopPagingOnceAWholePageIsOlderThanTheWindowAndReadOnlyTheWindow() {
        List<TestCommit> commits = TestCommit.history("window", 400, TestSources.NEWEST, Duration.ofHours(1));
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, commits, 100);
        FetchRequest sources = TestSources.cloud(fake).repo("portal").branch("main").since("2026-03-14")
                .until("2026-03-19").build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        assertThat(fake.requests(Stubs.cloudPath("acme", "portal", "main"))).hasSize(3);
        Instant from = LocalDate.of(2026, 3, 14).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(2026, 3, 20).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> expected = commits.stream().filter(c -> !c.date().isBefore(from) && c.date().isBefore(to))
                .map(TestCommit::hash).toList();
        AuditInput input = CacheReader.read(cache);
        assertThat(input.commits()).extracting(Commit::hash).containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(144);
        assertThat(input.sources()).anyMatch(line -> line.contains("156 commits outside the date window left out"));
    }
}
