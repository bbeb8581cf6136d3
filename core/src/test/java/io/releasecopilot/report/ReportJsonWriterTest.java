package io.releasecopilot.report;

import static io.releasecopilot.report.AuditReportFixture.hash;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReportJsonWriterTest {

    static final String HOSTILE = "</script><img src=x onerror=alert(1)> & =HYPERLINK(\"http://evil\",\"x\")"
            + " \u0000 \u001b[31m red \u2028 line \u2029 para \" quote \\ backslash Zürich ✓ 😀";

    @Test
    void shouldMatchTheSchema() throws IOException {
        JsonNode report = JsonSchemas.parse(write(AuditReportFixture.sample()));

        assertThat(JsonSchemas.errors(JsonSchemas.REPORT, report)).isEmpty();
    }

    @Test
    void shouldMatchTheSchemaWhenTheDataIsIncomplete() throws IOException {
        String fetch = "the commit fetch of portal ref main is incomplete (3 pages cached)";
        JsonNode report = JsonSchemas.parse(write(AuditReportFixture.fixVersion("1.4.0")
                .incomplete(GateStatus.WARN, List.of(fetch), "WARN: 1 orphan commits (maximum 0)").build()));

        assertThat(JsonSchemas.errors(JsonSchemas.REPORT, report)).isEmpty();
        assertThat(report.path("gate").path("incompleteData")).extracting(JsonNode::asText).containsExactly(fetch);
    }

    @Test
    void shouldMatchTheSchemaWhenOptionalValuesAreMissing() throws IOException {
        Commit bare = new Commit("legacy", hash(42), null, null, null, null, null, 0);
        Story story = new Story("ABC-7", null, null, null, null, false, null, null, null, null, null, null, null);
        AuditReport report = AuditReportFixture.fixVersion("")
                .browseUrl(null)
                .story(story, StoryCategory.WITHOUT_COMMITS)
                .commit(new CommitResult(bare, CommitCategory.ORPHAN, List.of(), List.of(), false, null, null, null))
                .build();

        JsonNode json = JsonSchemas.parse(write(report));

        assertThat(JsonSchemas.errors(JsonSchemas.REPORT, json)).isEmpty();
        JsonNode commit = json.get("commits").get(0);
        assertThat(commit.has("url")).isTrue();
        assertThat(commit.get("url").isNull()).isTrue();
        assertThat(commit.get("date").isNull()).isTrue();
        assertThat(commit.get("authorEmail").isNull()).isTrue();
        assertThat(json.get("stories").get(0).get("url").isNull()).isTrue();
        assertThat(json.get("jira").get("browseUrl").isNull()).isTrue();
        assertThat(json.get("policy").get("source").asText()).isEqualTo("defaults");
    }

    @Test
    void shouldRejectBrokenDocumentsSoTheValidationCannotPassVacuously() throws IOException {
        byte[] good = write(AuditReportFixture.sample());

        assertThat(errorsAfter(good, json -> json.remove("gate"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> json.put("surprise", 1))).isNotEmpty();
        assertThat(errorsAfter(good, json -> commit(json, 0).put("category", "unknown"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> commit(json, 0).put("date", "yesterday"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> commit(json, 0).put("url", "not a uri"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> commit(json, 0).remove("reason"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> commit(json, 0).put("hash", "xyz"))).isNotEmpty();
        assertThat(errorsAfter(good, json -> ((ObjectNode) json.get("counts")).put("coverage", 1.5))).isNotEmpty();
        assertThat(errorsAfter(good, json -> ((ObjectNode) json.get("stories").get(0)).put("subtask", "no")))
                .isNotEmpty();
        assertThat(errorsAfter(good, json -> { })).isEmpty();
    }

    @Test
    void shouldWriteTheReportContent() throws IOException {
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.sample()));

        assertThat(json.get("schema").asText()).isEqualTo("release-audit/v1");
        assertThat(json.get("generatedAt").asText()).isEqualTo("2024-05-02T08:30:00Z");
        assertThat(json.get("tool").toString()).isEqualTo("{\"name\":\"release-copilot\",\"version\":\"1.2.3\"}");
        assertThat(json.get("scope").toString()).isEqualTo("{\"env\":\"prod\",\"team\":\"payments\"}");
        assertThat(json.get("repositories").get(0).get("flavor").asText()).isEqualTo("cloud");
        assertThat(json.get("settings").get("extraProjects").toString()).isEqualTo("[\"INFRA\",\"OPS\"]");
        assertThat(json.get("settings").get("categoryPrecedence").toString())
                .isEqualTo("[\"linked\",\"outOfScope\",\"exempt\",\"orphan\"]");
        assertThat(json.get("settings").get("exemptions").get(0).get("description").asText())
                .isEqualTo("message matches /^chore\\(release\\)/");
        assertThat(json.get("policy").get("thresholds").toString()).isEqualTo(
                "{\"storiesWithoutCommits\":{\"warn\":0,\"fail\":5},\"orphanCommits\":{\"warn\":0,\"fail\":null},"
                        + "\"coverage\":{\"warn\":0.95,\"fail\":0.8}}");
        assertThat(json.get("gate").get("status").asText()).isEqualTo("WARN");
        JsonNode story = json.get("stories").get(0);
        assertThat(story.get("url").asText()).isEqualTo("https://acme.atlassian.net/browse/ABC-1");
        assertThat(story.get("commits").get(0).get("url").asText())
                .isEqualTo("https://bitbucket.org/acme/portal/commits/" + hash(1));
        assertThat(story.get("commits").get(2).get("via").asText()).isEqualTo("ABC-4");
        assertThat(story.get("commits").get(2).get("url").isNull()).isTrue();
        JsonNode revert = commit(json, 3);
        assertThat(revert.get("reverts").asText()).isEqualTo(hash(3));
        assertThat(revert.get("revertedBy").isNull()).isTrue();
        assertThat(commit(json, 1).get("merge").asBoolean()).isTrue();
        assertThat(commit(json, 1).get("branches").toString()).isEqualTo("[\"main\",\"release/1.4\"]");
        assertThat(commit(json, 5).get("outOfScopeKeys").toString())
                .isEqualTo("[{\"key\":\"ABC-99\",\"source\":\"message\"}]");
        assertThat(json.get("warnings").toString()).isEqualTo(
                "[\"repository legacy: ref develop not found\",\"override abcdef0 matched no commit\"]");
    }

    @Test
    void shouldWriteCountsThatMatchTheCommitAndStoryCategories() throws IOException {
        JsonNode json = JsonSchemas.parse(write(AuditReportFixture.sample()));
        JsonNode counts = json.get("counts");

        assertThat(counts.get("commitsTotal").asInt()).isEqualTo(json.get("commits").size()).isEqualTo(
                counts.get("linkedCommits").asInt() + counts.get("orphanCommits").asInt()
                        + counts.get("outOfScopeCommits").asInt() + counts.get("exemptCommits").asInt());
        assertThat(counts.get("linkedCommits").asInt()).isEqualTo(countCategory(json.get("commits"), "linked"));
        assertThat(counts.get("orphanCommits").asInt()).isEqualTo(countCategory(json.get("commits"), "orphan"));
        assertThat(counts.get("outOfScopeCommits").asInt())
                .isEqualTo(countCategory(json.get("commits"), "outOfScope"));
        assertThat(counts.get("exemptCommits").asInt()).isEqualTo(countCategory(json.get("commits"), "exempt"));
        assertThat(counts.get("storiesTotal").asInt()).isEqualTo(json.get("stories").size()).isEqualTo(
                counts.get("storiesWithCommits").asInt() + counts.get("storiesWithoutCommits").asInt()
                        + counts.get("storiesRevertedOnly").asInt());
        assertThat(counts.get("coverage").asDouble()).isEqualTo(0.5);
    }

    @Test
    void shouldRoundTripHostileTextWithoutAnyRawMarkup() throws IOException {
        Story story = AuditReportFixture.story("ABC-1", HOSTILE);
        Commit commit = new Commit("portal", hash(1), null, HOSTILE, null, HOSTILE, List.of(HOSTILE), 1);
        AuditReport report = AuditReportFixture.fixVersion(HOSTILE)
                .repository("portal", null)
                .scope(HOSTILE, HOSTILE)
                .gate(GateStatus.FAIL, HOSTILE)
                .warning(HOSTILE)
                .story(story, StoryCategory.WITHOUT_COMMITS)
                .commit(new CommitResult(commit, CommitCategory.EXEMPT, List.of(), List.of(), false, null, null,
                        HOSTILE))
                .build();

        byte[] bytes = write(report);
        JsonNode json = JsonSchemas.parse(bytes);

        assertThat(json.get("fixVersion").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("scope").get(HOSTILE).asText()).isEqualTo(HOSTILE);
        assertThat(json.get("gate").get("reasons").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(json.get("warnings").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(json.get("stories").get(0).get("summary").asText()).isEqualTo(HOSTILE);
        JsonNode written = commit(json, 0);
        for (String field : List.of("author", "message", "reason")) {
            assertThat(written.get(field).asText()).as(field).isEqualTo(HOSTILE);
        }
        assertThat(written.get("branches").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(JsonSchemas.errors(JsonSchemas.REPORT, json)).isEmpty();
        assertRawBytesAreSafe(bytes);
    }

    /** Checks what must never appear unescaped in a JSON document that may be embedded in HTML. */
    static void assertRawBytesAreSafe(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<", ">", "&", "\u2028", "\u2029", "\u0000", "\u001b");
        assertThat(raw).contains("\\u003C/script\\u003E", "\\u2028", "\\u0000", "\\u001B");
        assertThat(raw).as("other non-ASCII stays UTF-8").contains("Zürich ✓ 😀");
        assertThat(raw.chars().filter(c -> c < 0x20 && c != '\n' && c != ' ')).isEmpty();
    }

    @Test
    void shouldWriteOneCompactLineEndingWithALineBreak() throws IOException {
        String raw = new String(write(AuditReportFixture.sample()), StandardCharsets.UTF_8);

        assertThat(raw).startsWith("{\"schema\":\"release-audit/v1\",\"fixVersion\":\"1.4.0\",").endsWith("]}\n");
        assertThat(raw.lines()).hasSize(1);
    }

    @Test
    void shouldLeaveTheStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the stream");
            }
        };

        ReportJsonWriter.write(AuditReportFixture.sample(), out);

        assertThat(out.size()).isPositive();
    }

    @Test
    void shouldWriteInstantsAsUtc() throws IOException {
        Commit commit = new Commit("portal", hash(1), Instant.parse("2024-04-30T23:59:59.123Z"), "a", null, "m",
                List.of(), 1);
        AuditReport report = AuditReportFixture.fixVersion("1")
                .commit(new CommitResult(commit, CommitCategory.ORPHAN, List.of(), List.of(), false, null, null,
                        null))
                .build();

        JsonNode json = JsonSchemas.parse(write(report));

        assertThat(commit(json, 0).get("date").asText()).isEqualTo("2024-04-30T23:59:59.123Z");
    }

    private static byte[] write(AuditReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJsonWriter.write(report, out);
        return out.toByteArray();
    }

    private static List<String> errorsAfter(byte[] good, Consumer<ObjectNode> breakIt) {
        ObjectNode json = (ObjectNode) JsonSchemas.parse(good);
        breakIt.accept(json);
        return JsonSchemas.errors(JsonSchemas.REPORT, json);
    }

    private static ObjectNode commit(JsonNode json, int index) {
        return (ObjectNode) json.get("commits").get(index);
    }

    private static int countCategory(JsonNode commits, String category) {
        List<JsonNode> matching = new ArrayList<>();
        for (Iterator<JsonNode> it = commits.elements(); it.hasNext(); ) {
            JsonNode commit = it.next();
            if (commit.get("category").asText().equals(category)) {
                matching.add(commit);
            }
        }
        return matching.size();
    }
}
