package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.audit.ExitCode;
import io.releasecopilot.aws.fakes.SampleCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit of a fetch that never completed (issue 11, item 4 b): the gate FAILs with "incomplete data" unless
 * {@code --allow-incomplete}, and every output says the data is incomplete either way.
 */
class IncompleteCacheAuditTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path cache;
    private Path dist;

    @BeforeEach
    void setUp() throws IOException {
        cache = dir.resolve("cache");
        dist = dir.resolve("dist");
        SampleCache.incompleteCopyTo(cache);
    }

    @Test
    void shouldFailTheGateOnIncompleteDataAndSaySoInEveryOutput() throws IOException {
        RcRun run = audit();

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(run.out()).contains("Gate               FAIL").contains("- incomplete data: the Jira fetch is"
                + " incomplete (2 pages cached)").contains("Incomplete data    the Jira fetch is incomplete");
        JsonNode summary = JSON.readTree(dist.resolve("audit-summary.json").toFile());
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("FAIL");
        assertThat(summary.path("gate").path("reasons").get(0).asText()).startsWith("incomplete data: ");
        assertIncompleteEverywhere();
    }

    @Test
    void shouldLetTheGatePassOnIncompleteDataWhenAllowedAndStillSaySo() throws IOException {
        RcRun run = audit("--allow-incomplete");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gate               WARN").doesNotContain("- incomplete data")
                .contains("Incomplete data    the Jira fetch is incomplete (2 pages cached)");
        JsonNode summary = JSON.readTree(dist.resolve("audit-summary.json").toFile());
        assertThat(summary.path("gate").path("status").asText()).isEqualTo("WARN");
        assertIncompleteEverywhere();
    }

    @Test
    void shouldSayNothingOfIncompleteDataWhenEveryFetchIsComplete() throws IOException {
        RcRun run = RcRun.of("audit", "--offline", "--cache-dir", SAMPLE.toString(), "--no-xlsx",
                "--json", dist.resolve("audit.json").toString(),
                "--summary", dist.resolve("audit-summary.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("ncomplete");
        assertThat(JSON.readTree(dist.resolve("audit-summary.json").toFile()).path("gate").path("incompleteData"))
                .isEmpty();
    }

    private void assertIncompleteEverywhere() throws IOException {
        String line = "the Jira fetch is incomplete (2 pages cached)";
        JsonNode summary = JSON.readTree(dist.resolve("audit-summary.json").toFile());
        assertThat(summary.path("gate").path("incompleteData")).extracting(JsonNode::asText).containsExactly(line);
        JsonNode report = JSON.readTree(dist.resolve("audit.json").toFile());
        assertThat(report.path("gate").path("incompleteData")).extracting(JsonNode::asText).containsExactly(line);
        assertThat(dist.resolve("audit-summary.md")).content().contains("**Incomplete data**").contains(line);
        assertThat(dist.resolve("html").resolve("index.html")).content().contains("Incomplete data").contains(line);
        assertThat(summarySheet()).contains("Incomplete data | " + line);
    }

    private List<String> summarySheet() throws IOException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(dist.resolve("audit.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Summary")) {
                if (row.getLastCellNum() >= 2) {
                    rows.add(row.getCell(0).toString() + " | " + row.getCell(1).toString());
                }
            }
        }
        return rows;
    }

    private RcRun audit(String... args) {
        List<String> all = new ArrayList<>(List.of("audit", "--offline", "--cache-dir", cache.toString(),
                "--json", dist.resolve("audit.json").toString(),
                "--xlsx", dist.resolve("audit.xlsx").toString(),
                "--summary", dist.resolve("audit-summary.json").toString(),
                "--markdown", dist.resolve("audit-summary.md").toString(),
                "--html", dist.resolve("html").toString()));
        all.addAll(List.of(args));
        return RcRun.of(all.toArray(String[]::new));
    }
}
