package io.releasecopilot.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirsTest {

    @Test
    void shouldReplaceCharactersOutsideTheSafeSet() {
        assertThat(CacheDirs.names(List.of("feature/x", "release/2026.03", "main")))
                .containsExactly(Map.entry("feature/x", "feature_x"), Map.entry("release/2026.03", "release_2026.03"),
                        Map.entry("main", "main"));
        assertThat(CacheDirs.sanitize("..")).isEqualTo("___");
        assertThat(CacheDirs.sanitize(".")).isEqualTo("__");
        assertThat(CacheDirs.sanitize("")).isEqualTo("_");
    }

    @Test
    void shouldKeepRefsThatWouldShareADirectoryApart() {
        Map<String, String> dirs = CacheDirs.names(List.of("feature/x", "feature_x", "Main", "main", "dev"));

        assertThat(dirs.get("feature/x")).matches("feature_x-[0-9a-f]{8}");
        assertThat(dirs.get("feature_x")).matches("feature_x-[0-9a-f]{8}").isNotEqualTo(dirs.get("feature/x"));
        assertThat(dirs.get("Main")).matches("Main-[0-9a-f]{8}");
        assertThat(dirs.get("main")).matches("main-[0-9a-f]{8}");
        assertThat(dirs.get("dev")).isEqualTo("dev");
        assertThat(CacheDirs.names(List.of("feature_x", "feature/x")).get("feature/x")).isEqualTo(dirs.get("feature/x"));
    }

    @Test
    void shouldNumberPages() {
        assertThat(CacheDirs.page("jira", 7)).isEqualTo("jira/page-00007.json");
        assertThat(CacheDirs.highest(List.of("jira/page-00007.json", "jira/page-00012.json", "other.json")))
                .isEqualTo(12);
    }
}
