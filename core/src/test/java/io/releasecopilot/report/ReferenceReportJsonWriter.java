package io.releasecopilot.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.CorrelationSettings;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.gate.Metric;
import io.releasecopilot.gate.Threshold;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report writer as it was before it was made faster (commit 8cb052a), kept unchanged apart from its name and
 * the helpers it used, inlined, so {@link ReportJsonWriterBytesTest} can check that the faster writer's output is
 * the same byte for byte.
 */
final class ReferenceReportJsonWriter {

    private static final String SCHEMA = ReportJsonWriter.SCHEMA;
    private static final String TOOL_NAME = ReportJsonWriter.TOOL_NAME;
    private static final String KEY_RULE = ReportJsonWriter.KEY_RULE;

    private ReferenceReportJsonWriter() {
    }

    /**
     * Writes the report as UTF-8 JSON. The stream is flushed, not closed.
     *
     * @throws IOException when the stream fails
     */
    public static void write(AuditReport report, OutputStream out) throws IOException {
        AuditResult result = report.result();
        AuditInput input = result.input();
        Map<String, Repository> repositories = new HashMap<>();
        for (Repository repository : input.repositories()) {
            repositories.putIfAbsent(repository.name(), repository);
        }
        try (JsonGenerator json = HtmlSafeJson.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("fixVersion", result.fixVersion());
            instant(json, "generatedAt", report.generatedAt());
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", TOOL_NAME);
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            writeScope(json, report.scope());
            strings(json, "sources", input.sources());
            writeRepositories(json, input.repositories());
            json.writeObjectFieldStart("jira");
            string(json, "browseUrl", input.jiraBrowseUrl());
            json.writeEndObject();
            writeSettings(json, result);
            writePolicy(json, report);
            writeCounts(json, result.counts());
            writeGate(json, report);
            writeStories(json, input, result.stories(), repositories);
            writeCommits(json, result.commits(), repositories);
            json.writeArrayFieldStart("warnings");
            for (String warning : input.warnings()) {
                json.writeString(warning);
            }
            for (String warning : result.warnings()) {
                json.writeString(warning);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Writes {@code "scope": {pairs}} in the order given. */
    private static void writeScope(JsonGenerator json, Map<String, String> scope) throws IOException {
        json.writeObjectFieldStart("scope");
        for (Map.Entry<String, String> pair : scope.entrySet()) {
            string(json, pair.getKey(), pair.getValue());
        }
        json.writeEndObject();
    }

    /** Writes {@code "gate": {status, reasons, incompleteData}}. */
    private static void writeGate(JsonGenerator json, AuditReport report) throws IOException {
        json.writeObjectFieldStart("gate");
        json.writeStringField("status", report.gate().status().name());
        strings(json, "reasons", report.gate().reasons());
        strings(json, "incompleteData", report.gate().incompleteData());
        json.writeEndObject();
    }

    private static void writeRepositories(JsonGenerator json, List<Repository> repositories) throws IOException {
        json.writeArrayFieldStart("repositories");
        for (Repository repository : repositories) {
            json.writeStartObject();
            json.writeStringField("name", repository.name());
            json.writeStringField("workspace", repository.workspace());
            string(json, "flavor", repository.flavor() == null ? null : lower(repository.flavor().name()));
            strings(json, "refs", repository.refs());
            string(json, "commitUrlPrefix", repository.commitUrlPrefix());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSettings(JsonGenerator json, AuditResult result) throws IOException {
        CorrelationSettings settings = result.settings();
        json.writeObjectFieldStart("settings");
        strings(json, "auditedProjects", result.auditedProjects() == null ? List.of() : result.auditedProjects());
        strings(json, "extraProjects", new TreeSet<>(settings.extraProjects()));
        strings(json, "ignoredIssueTypes", new TreeSet<>(settings.ignoredIssueTypes()));
        json.writeArrayFieldStart("exemptions");
        for (Exemption exemption : settings.exemptions()) {
            json.writeStartObject();
            json.writeStringField("kind", lower(exemption.kind().name()));
            json.writeStringField("value", exemption.value());
            json.writeStringField("description", exemption.describe());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("overrides");
        for (io.releasecopilot.correlate.CommitOverride override : settings.overrides()) {
            json.writeStartObject();
            json.writeStringField("commit", override.hash());
            string(json, "repo", override.repo());
            strings(json, "addKeys", override.addKeys());
            json.writeBooleanField("exempt", override.exempt());
            json.writeStringField("reason", override.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        string(json, "overridesFile", settings.overridesFile());
        json.writeStringField("keyRule", KEY_RULE);
        json.writeArrayFieldStart("categoryPrecedence");
        for (CommitCategory category : CommitCategory.values()) {
            json.writeString(category.id());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePolicy(JsonGenerator json, AuditReport report) throws IOException {
        json.writeObjectFieldStart("policy");
        string(json, "source", report.policy().source());
        json.writeObjectFieldStart("thresholds");
        for (Map.Entry<Metric, Threshold> entry : report.policy().thresholds().entrySet()) {
            Metric metric = entry.getKey();
            json.writeObjectFieldStart(metric.id());
            limit(json, "warn", metric, entry.getValue().warn());
            limit(json, "fail", metric, entry.getValue().fail());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeCounts(JsonGenerator json, AuditCounts counts) throws IOException {
        json.writeObjectFieldStart("counts");
        writeFigures(json, counts);
        json.writeEndObject();
    }

    private static void writeStories(JsonGenerator json, AuditInput input, List<StoryResult> stories,
            Map<String, Repository> repositories) throws IOException {
        json.writeArrayFieldStart("stories");
        for (StoryResult result : stories) {
            Story story = result.story();
            json.writeStartObject();
            json.writeStringField("key", story.key());
            string(json, "url", input.issueUrl(story.key()));
            json.writeStringField("summary", story.summary());
            json.writeStringField("status", story.status());
            json.writeStringField("statusCategory", story.statusCategory());
            json.writeStringField("issueType", story.issueType());
            json.writeBooleanField("subtask", story.subtask());
            string(json, "parent", story.parentKey());
            string(json, "assignee", story.assignee());
            strings(json, "labels", story.labels());
            strings(json, "components", story.components());
            strings(json, "fixVersions", story.fixVersions());
            instant(json, "resolved", story.resolved());
            instant(json, "updated", story.updated());
            json.writeStringField("category", result.category().id());
            json.writeArrayFieldStart("commits");
            for (StoryCommit commit : result.commits()) {
                json.writeStartObject();
                json.writeStringField("repo", commit.repo());
                json.writeStringField("hash", commit.hash());
                json.writeStringField("source", commit.source().id());
                string(json, "via", commit.via());
                json.writeBooleanField("reverted", commit.reverted());
                string(json, "url", commitUrl(repositories, commit.repo(), commit.hash()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCommits(JsonGenerator json, List<CommitResult> commits,
            Map<String, Repository> repositories) throws IOException {
        json.writeArrayFieldStart("commits");
        for (CommitResult result : commits) {
            Commit commit = result.commit();
            json.writeStartObject();
            json.writeStringField("repo", commit.repo());
            json.writeStringField("hash", commit.hash());
            string(json, "url", commitUrl(repositories, commit.repo(), commit.hash()));
            instant(json, "date", commit.date());
            json.writeStringField("author", commit.author());
            string(json, "authorEmail", commit.authorEmail());
            json.writeBooleanField("merge", commit.merge());
            strings(json, "branches", commit.branches());
            json.writeStringField("message", commit.message());
            json.writeStringField("category", result.category().id());
            writeLinks(json, "links", result.links());
            writeLinks(json, "outOfScopeKeys", result.outOfScopeKeys());
            json.writeBooleanField("reverted", result.reverted());
            string(json, "revertedBy", result.revertedBy());
            string(json, "reverts", result.reverts());
            string(json, "reason", result.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLinks(JsonGenerator json, String name, List<Link> links) throws IOException {
        json.writeArrayFieldStart(name);
        for (Link link : links) {
            json.writeStartObject();
            json.writeStringField("key", link.key());
            json.writeStringField("source", link.source().id());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Writes a limit: a whole number for counts ({@code 5}), a decimal for shares ({@code 0.9}), or null. */
    private static void limit(JsonGenerator json, String name, Metric metric, Double value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else if (!metric.isShare() && value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber(value.longValue());
        } else {
            json.writeNumber(value.doubleValue());
        }
    }

    private static String commitUrl(Map<String, Repository> repositories, String repo, String hash) {
        Repository repository = repositories.get(repo);
        return repository == null ? null : repository.commitUrl(hash);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Writes the story and commit figures and the coverage as properties of the current object. */
    private static void writeFigures(JsonGenerator json, AuditCounts counts) throws IOException {
        json.writeNumberField("storiesTotal", counts.storiesTotal());
        json.writeNumberField("storiesWithCommits", counts.storiesWithCommits());
        json.writeNumberField("storiesWithoutCommits", counts.storiesWithoutCommits());
        json.writeNumberField("storiesRevertedOnly", counts.storiesRevertedOnly());
        json.writeNumberField("commitsTotal", counts.commitsTotal());
        json.writeNumberField("linkedCommits", counts.linkedCommits());
        json.writeNumberField("orphanCommits", counts.orphanCommits());
        json.writeNumberField("outOfScopeCommits", counts.outOfScopeCommits());
        json.writeNumberField("exemptCommits", counts.exemptCommits());
        json.writeNumberField("coverage", SummaryJsonWriter.coverage(counts));
    }

    private static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) throws IOException {
        string(json, name, value == null ? null : value.toString());
    }

    private static void strings(JsonGenerator json, String name, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
