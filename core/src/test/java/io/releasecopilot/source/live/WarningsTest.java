package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.cache.Warnings;
import io.releasecopilot.model.AuditInput;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarningsTest {

    @Test
    void shouldCapAWarningThatRepeatsPerItem() {
        Warnings warnings = new Warnings();
        warnings.add("once");
        for (int i = 1; i <= 25; i++) {
            warnings.addCapped("duplicated issue keys", "dup " + i);
        }

        assertThat(warnings.toList()).hasSize(12).startsWith("once", "dup 1").endsWith("dup 10",
                "... and 15 more duplicated issue keys");
    }

    @Test
    void shouldKeepTheFirstOfManyDuplicatedKeysWithAShortReport(@TempDir Path dir) {
        StringBuilder issues = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            issues.append(i > 0 ? "," : "").append("{\"key\":\"ABC-1\",\"fields\":{\"summary\":\"copy ").append(i)
                    .append("\"}}");
        }
        Fixtures.v1(dir, "cloud", List.of("{\"issues\":[" + issues + "],\"isLast\":true}"), "cloud", List.of());

        AuditInput input = CacheReader.read(dir);

        assertThat(input.stories()).singleElement().satisfies(s -> assertThat(s.summary()).isEqualTo("copy 0"));
        assertThat(input.warnings()).hasSize(11)
                .contains("jira/page-00001.json: issue ABC-1 is already in the same page; kept the first")
                .endsWith("... and 19 more duplicated issue keys");
    }
}
