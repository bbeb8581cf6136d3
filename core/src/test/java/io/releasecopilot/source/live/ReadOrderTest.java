package io.releasecopilot.source.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOrderTest {

    @Test
    void shouldKeepFileThenPositionOrderWhateverTheThreading(@TempDir Path dir) {
        List<String> pages = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int page = 0; page < 40; page++) {
            StringBuilder values = new StringBuilder();
            int count = 1 + (page * 7) % 23 * 20;
            for (int i = 0; i < count; i++) {
                String hash = String.format("%08x%032x", page, i);
                expected.add(hash);
                values.append(i > 0 ? "," : "").append("{\"hash\":\"").append(hash)
                        .append("\",\"message\":\"ABC-1 change ").append(i).append("\",\"author\":{\"raw\":\"Dev ")
                        .append(i % 5).append(" <dev").append(i % 5).append("@x>\"}}");
            }
            pages.add("{\"values\":[" + values + "],\"pagelen\":100}");
        }
        Fixtures.v1(dir, "cloud", List.of(Fixtures.CLOUD_JIRA_PAGE), "cloud", pages);

        for (int run = 0; run < 3; run++) {
            AuditInput input = CacheReader.read(dir);
            assertThat(input.commits()).extracting(Commit::hash).containsExactlyElementsOf(expected);
        }
    }
}
