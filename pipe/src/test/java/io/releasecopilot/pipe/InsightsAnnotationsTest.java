package io.releasecopilot.pipe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.audit.AuditOptions;
import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.audit.OutputTargets;
import io.releasecopilot.report.AuditReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InsightsAnnotationsTest {

    private static AuditReport report;

    @BeforeAll
    static void auditTheSample() {
        AuditOptions options = AuditOptions.builder()
                .cacheDir(Path.of("..", "samples", "cache"))
                .outputs(new OutputTargets(null, null, null, null))
                .build();
        report = new AuditRunner(PipeRun.CLOCK, "test").run(options).report();
    }

    @Test
    void shouldPutTheWorstFindingsFirstAndStopAtTheLimit() {
        List<ObjectNode> annotations = InsightsAnnotations.worst(report, 100);

        assertThat(annotations).hasSize(100);
        assertThat(titles(annotations, 0, 48)).containsOnly("Story without commits");
        assertThat(titles(annotations, 48, 60)).containsOnly("Story with only reverted commits");
        assertThat(titles(annotations, 60, 100)).containsOnly("Out-of-scope commit");
        assertThat(InsightsAnnotations.worst(report, InsightsAnnotations.MAX_PER_REPORT)).hasSize(744);
        assertThat(InsightsAnnotations.worst(report, 0)).isEmpty();
    }

    @Test
    void shouldGiveEachFindingTheSameExternalIdInEveryRun() {
        List<String> first = ids(InsightsAnnotations.worst(report, 1000));
        List<String> second = ids(InsightsAnnotations.worst(report, 1000));

        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
        assertThat(first.get(0)).isEqualTo("rc-story-without-commits-APP-1001");
        assertThat(first).anySatisfy(id -> assertThat(id).matches("rc-orphan-[a-z-]+-[0-9a-f]{40}"));
        assertThat(first).anySatisfy(id -> assertThat(id).matches("rc-out-of-scope-[a-z-]+-[0-9a-f]{40}"));
    }

    @Test
    void shouldDescribeCommitsWithTheirRepositoryKeysAndLink() {
        ObjectNode outOfScope = InsightsAnnotations.worst(report, 61).get(60);

        assertThat(outOfScope.path("annotation_type").asText()).isEqualTo("CODE_SMELL");
        assertThat(outOfScope.path("summary").asText())
                .matches("[a-z-]+ [0-9a-f]{12} names only issues outside fix version 2026\\.03\\.1 \\((APP|MOB)-\\d+.*\\): .+");
        assertThat(outOfScope.path("details").asText()).startsWith("Author ");
        assertThat(outOfScope.path("link").asText()).matches("https://.+/[0-9a-f]{40}");
    }

    private static List<String> titles(List<ObjectNode> annotations, int from, int to) {
        return annotations.subList(from, to).stream().map(a -> a.path("title").asText()).toList();
    }

    private static List<String> ids(List<ObjectNode> annotations) {
        return annotations.stream().map(a -> a.path("external_id").asText()).toList();
    }
}
