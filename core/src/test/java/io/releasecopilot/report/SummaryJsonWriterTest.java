package io.releasecopilot.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.gate.GateStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryJsonWriterTest {

    @Test
    void shouldWriteExactlyTheContractFieldsInOrder() throws IOException {
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.sample()));

        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema", "fixVersion", "generatedAt", "scope", "storiesTotal",
                "storiesWithCommits", "storiesWithoutCommits", "storiesRevertedOnly", "commitsTotal",
                "linkedCommits", "orphanCommits", "outOfScopeCommits", "exemptCommits", "coverage", "gate");
    }

    @Test
    void shouldWriteTheFigures() throws IOException {
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.sample()));

        assertThat(json.toString()).isEqualTo("{\"schema\":\"release-audit-summary/v1\",\"fixVersion\":\"1.4.0\","
                + "\"generatedAt\":\"2024-05-02T08:30:00Z\",\"scope\":{\"env\":\"prod\",\"team\":\"payments\"},"
                + "\"storiesTotal\":4,\"storiesWithCommits\":2,\"storiesWithoutCommits\":1,\"storiesRevertedOnly\":1,"
                + "\"commitsTotal\":8,\"linkedCommits\":4,\"orphanCommits\":1,\"outOfScopeCommits\":1,"
                + "\"exemptCommits\":2,\"coverage\":0.5,\"gate\":{\"status\":\"WARN\",\"reasons\":["
                + "\"WARN: 1 stories without commits (maximum 0)\",\"WARN: 1 orphan commits (maximum 0)\"],"
                + "\"incompleteData\":[]}}");
    }

    @Test
    void shouldMatchTheSchema() throws IOException {
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.sample()));

        assertThat(JsonSchemas.errors(JsonSchemas.SUMMARY, json)).isEmpty();
    }

    @Test
    void shouldMatchTheSchemaAndListTheIncompleteFetchesWhenTheDataIsIncomplete() throws IOException {
        String fetch = "the Jira fetch is incomplete (1 page cached)";
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.fixVersion("1.4.0")
                .incomplete(GateStatus.FAIL, List.of(fetch), "incomplete data: " + fetch).build()));

        assertThat(JsonSchemas.errors(JsonSchemas.SUMMARY, json)).isEmpty();
        assertThat(json.path("gate").path("incompleteData")).extracting(JsonNode::asText).containsExactly(fetch);
        ObjectNode wrongType = json.deepCopy();
        ((ObjectNode) wrongType.get("gate")).put("incompleteData", fetch);
        assertThat(JsonSchemas.errors(JsonSchemas.SUMMARY, wrongType)).isNotEmpty();
    }

    @Test
    void shouldRejectBrokenSummariesSoTheValidationCannotPassVacuously() throws IOException {
        byte[] good = write(AuditReportFixture.sample());

        ObjectNode extra = (ObjectNode) JsonSchemas.parse(good);
        extra.put("stories", "[]");
        ObjectNode missing = (ObjectNode) JsonSchemas.parse(good);
        missing.remove("coverage");
        ObjectNode badStatus = (ObjectNode) JsonSchemas.parse(good);
        ((ObjectNode) badStatus.get("gate")).put("status", "OK");
        ObjectNode negative = (ObjectNode) JsonSchemas.parse(good);
        negative.put("orphanCommits", -1);
        ObjectNode badDate = (ObjectNode) JsonSchemas.parse(good);
        badDate.put("generatedAt", "2024-05-02 08:30");

        for (ObjectNode broken : List.of(extra, missing, badStatus, negative, badDate)) {
            assertThat(JsonSchemas.errors(JsonSchemas.SUMMARY, broken)).as(broken.toString()).isNotEmpty();
        }
    }

    @Test
    void shouldEscapeHostileTextLikeTheReport() throws IOException {
        String hostile = ReportJsonWriterTest.HOSTILE;
        AuditReport report = AuditReportFixture.fixVersion(hostile).scope("team", hostile)
                .gate(GateStatus.FAIL, hostile).build();

        byte[] bytes = write(report);
        JsonNode json = JsonSchemas.parse(bytes);

        assertThat(json.get("fixVersion").asText()).isEqualTo(hostile);
        assertThat(json.get("scope").get("team").asText()).isEqualTo(hostile);
        assertThat(json.get("gate").get("reasons").get(0).asText()).isEqualTo(hostile);
        ReportJsonWriterTest.assertRawBytesAreSafe(bytes);
    }

    @Test
    void shouldRoundCoverageToFourDecimalsWithoutClaimingFullOrNoCoverageFalsely() {
        assertThat(SummaryJsonWriter.coverage(stories(3, 2))).isEqualTo(0.6667);
        assertThat(SummaryJsonWriter.coverage(stories(0, 0))).isEqualTo(1.0);
        assertThat(SummaryJsonWriter.coverage(stories(4, 0))).isEqualTo(0.0);
        assertThat(SummaryJsonWriter.coverage(stories(8, 8))).isEqualTo(1.0);
        assertThat(SummaryJsonWriter.coverage(stories(40_000, 39_999))).isEqualTo(0.9999);
        assertThat(SummaryJsonWriter.coverage(stories(40_000, 1))).isEqualTo(0.0001);
    }

    private static AuditCounts stories(int total, int withCommits) {
        return new AuditCounts(total, withCommits, total - withCommits, 0, 0, 0, 0, 0, 0);
    }

    private static byte[] write(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryJsonWriter.write(report, out);
        return out.toByteArray();
    }
}
