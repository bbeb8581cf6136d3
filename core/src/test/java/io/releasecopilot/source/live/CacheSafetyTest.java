package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.source.FetchSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CacheSafetyTest {

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    private FetchRequest sources(boolean refresh) {
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, TestCommit.history("m", 5, TestSources.NEWEST), 100);
        return TestSources.cloud(fake).repo("portal").branch("main").refresh(refresh).build();
    }

    @Test
    void shouldNeverOverwriteAManifestItCannotReadUnlessRefreshed() throws Exception {
        Path manifest = Files.writeString(cache.resolve("manifest.json"), "{\"layout\": \"release-copilot-cache/v1\",");

        assertThatThrownBy(() -> FetchRunner.fetch(sources(false), cache, new TestHttp(), new TestHttp(), null))
                .isInstanceOf(AuditException.class)
                .hasMessageStartingWith(manifest + ": truncated JSON")
                .hasMessageEndingWith("the cache was left as it is: use --refresh to start it afresh, or choose another"
                        + " --cache-dir");
        assertThat(Files.readString(manifest)).isEqualTo("{\"layout\": \"release-copilot-cache/v1\",");
        assertThat(fake.bitbucketRequests()).isEmpty();

        FetchRunner.fetch(sources(true), cache, new TestHttp(), new TestHttp(), null);
        assertThat(CacheReader.read(cache).commits()).hasSize(5);
    }

    @Test
    void shouldRefuseACacheDirectoryAnotherRunIsWriting() {
        FetchRequest sources = sources(false);
        try (CacheWriter other = CacheWriter.open(cache, FetchRunner.request(sources), false)) {
            assertThat(other.dir()).isEqualTo(cache);
            assertThatThrownBy(() -> FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null))
                    .isInstanceOf(AuditException.class)
                    .hasMessage(cache + ": another run is writing this cache directory (it holds " + cache.resolve(".lock")
                            + "); wait for it or choose another --cache-dir");
        }
        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);
        assertThat(CacheReader.read(cache).commits()).hasSize(5);
    }

    @Test
    void shouldRefuseAManifestOfAnotherLayout() throws Exception {
        Path manifest = Files.writeString(cache.resolve("manifest.json"), "{\"layout\": \"release-copilot-cache/v9\"}");

        assertThatThrownBy(() -> FetchRunner.fetch(sources(false), cache, new TestHttp(), new TestHttp(), null))
                .hasMessageStartingWith(manifest + ": layout is \"release-copilot-cache/v9\", expected");
        assertThat(Files.readString(manifest)).contains("v9");
    }

    @Test
    void shouldDropEntriesNoLongerAskedForAndStartAChangedRangeAfresh() {
        fake.stubs().bitbucketCloud("acme", "portal", "main", null, TestCommit.history("m", 5, TestSources.NEWEST), 100);
        fake.stubs().bitbucketCloud("acme", "portal", "develop", null, TestCommit.history("d", 7, TestSources.NEWEST),
                100);
        fake.stubs().bitbucketCloud("acme", "portal", "main", "v1", TestCommit.history("m", 3, TestSources.NEWEST),
                100);
        FetchRunner.fetch(TestSources.cloud(fake).repo("portal").branch("main,develop").build(), cache,
                new TestHttp(), new TestHttp(), null);
        fake.server().resetRequests();

        FetchSummary summary = FetchRunner.fetch(TestSources.cloud(fake).repo("portal").branch("main").sinceRef("v1")
                .build(), cache, new TestHttp(), new TestHttp(), null);

        assertThat(summary.unchangedRefs()).isZero();
        assertThat(fake.requests(Stubs.cloudPath("acme", "portal", "main"))).singleElement()
                .satisfies(r -> assertThat(FakeServer.param(r, "exclude")).isEqualTo("v1"));
        assertThat(CacheReader.read(cache).commits()).hasSize(3)
                .allSatisfy(c -> assertThat(c.branches()).containsExactly("main"));
    }
}
