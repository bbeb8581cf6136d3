package io.releasecopilot.report.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryReportStoreTest {

    @TempDir
    Path dir;

    @Test
    void shouldListJsonFilesAtAnyDepthButNotHiddenOnesAndLinksOnlyWithTheirProblem() throws IOException {
        write("a/audit.json");
        write("a/b/c/audit.json");
        write("a/audit.xlsx");
        write(".staging/audit.json");
        write("a/.audit.json.1234.tmp.json");
        Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.json"), "{}");
        Files.createSymbolicLink(dir.resolve("link.json"), outside);

        DirectoryReportStore store = new DirectoryReportStore(dir);

        assertThat(store.list()).extracting(StoredReport::key, StoredReport::problem).containsExactlyInAnyOrder(
                tuple("a/audit.json", null), tuple("a/b/c/audit.json", null),
                tuple("link.json", "it is a symbolic link, which is not followed"));
        assertThat(store.list()).filteredOn(report -> report.problem() == null)
                .allSatisfy(report -> assertThat(report.size()).isEqualTo(2));
        assertThatThrownBy(() -> store.open("link.json")).isInstanceOf(AuditException.class);
        Files.delete(outside);
    }

    @Test
    void shouldOpenOnlyRegularFilesInsideTheFolder() throws IOException {
        write("a/audit.json");
        Files.writeString(dir.resolveSibling("secret.json"), "{}");
        DirectoryReportStore store = new DirectoryReportStore(dir);

        try (InputStream in = store.open("a/audit.json")) {
            assertThat(in.readAllBytes()).hasSize(2);
        }
        for (String key : new String[] {"../secret.json", "a/../../secret.json", "/etc/passwd", "a", ".staging/x.json"}) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(AuditException.class)
                    .hasMessageStartingWith("no report " + key);
        }
        Files.delete(dir.resolveSibling("secret.json"));
    }

    @Test
    void shouldRefuseAMissingFolder() {
        assertThatThrownBy(() -> new DirectoryReportStore(dir.resolve("nope"))).isInstanceOf(UsageException.class)
                .hasMessage(dir.resolve("nope") + ": no such folder");
    }

    private void write(String key) throws IOException {
        Path file = dir.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{}");
    }
}
