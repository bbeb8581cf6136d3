package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachePlanTest {

    @Test
    void shouldPlanAV1CacheWithoutParsingItsPages(@TempDir Path dir) throws IOException {
        Fixtures.copy("v1-cloud", dir);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path page : files.filter(f -> f.getFileName().toString().startsWith("page-")).toList()) {
                Files.writeString(page, "not json at all");
            }
        }

        CachePlan plan = CacheReader.plan(dir);

        assertThat(plan.layout()).isEqualTo(CachePlan.LAYOUT_V1);
        assertThat(plan.fixVersion()).isEqualTo("2025.09.20");
        assertThat(plan.cacheDir()).isEqualTo(dir);
        assertThat(plan.files()).extracting(CachePlan.PlannedFile::path).containsExactly(
                "manifest.json",
                "jira/page-00001.json", "jira/page-00002.json",
                "bitbucket/portal/main/page-00001.json", "bitbucket/portal/main/page-00002.json",
                "pullrequests/portal/page-00001.json",
                "bitbucket/billing-api/release_2025.09/page-00001.json",
                "bitbucket/billing-api/release_2025.09/page-00002.json");
        assertThat(plan.files()).allSatisfy(f -> assertThat(f.bytes()).isEqualTo(Files.size(dir.resolve(f.path()))));
        assertThat(plan.totalBytes()).isEqualTo(plan.files().stream().mapToLong(CachePlan.PlannedFile::bytes).sum());
        assertThat(plan.repositories()).containsExactly(
                new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("main"), null),
                new Repository("billing-api", "FIN", SourceFlavor.DATACENTER, List.of("release/2025.09"),
                        "https://git.acme.example/projects/FIN/repos/billing-api/commits/"));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void shouldReportAnIncompleteFetchInThePlan() {
        CachePlan plan = CacheReader.plan(Fixtures.dir("v1-datacenter"));

        assertThat(plan.warnings()).singleElement().asString().contains("ledger ref develop is incomplete");
    }

    @Test
    void shouldPlanAPredecessorCacheFromFileNamesAndHeaders() {
        CachePlan plan = CacheReader.plan(Fixtures.dir("predecessor"));

        assertThat(plan.layout()).isEqualTo(CachePlan.LAYOUT_PREDECESSOR);
        assertThat(plan.fixVersion()).isEqualTo("R_2025.09_hotfix");
        assertThat(plan.files()).extracting(CachePlan.PlannedFile::path).containsExactly(
                "jira/jira_R_2025.09_hotfix_20250920T120000Z.json",
                "bitbucket/bitbucket_portal_release_2025.09_20250823_20250920_20250920T120000Z.json",
                "bitbucket/bitbucket_shared_lib_main_20250823_20250920_20250920T120000Z.json");
        assertThat(plan.repositories()).containsExactly(
                new Repository("portal", "acme", SourceFlavor.CLOUD, List.of("release/2025.09"), null),
                new Repository("shared_lib", "acme", SourceFlavor.CLOUD, List.of("main"), null));
    }

    @Test
    void shouldPlanAPredecessorCacheWithoutReadingPastTheHeader(@TempDir Path dir) {
        Fixtures.write(dir, "jira/jira_1.0_20250920T120000Z.json", "{\"issues\": [ this is broken");
        Fixtures.write(dir, "bitbucket/bitbucket_web_main_20250823_20250920_20250920T120000Z.json",
                "{\"workspace\":\"acme\",\"repository\":\"web\",\"branch\":\"main\",\"values\":[{\"hash\": trunc");

        CachePlan plan = CacheReader.plan(dir);

        assertThat(plan.fixVersion()).isEqualTo("1.0");
        assertThat(plan.repositories()).extracting(Repository::name).containsExactly("web");
    }
}
