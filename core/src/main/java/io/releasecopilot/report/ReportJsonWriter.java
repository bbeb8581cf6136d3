package io.releasecopilot.report;

import static io.releasecopilot.report.JsonOutput.bool;
import static io.releasecopilot.report.JsonOutput.instant;
import static io.releasecopilot.report.JsonOutput.string;
import static io.releasecopilot.report.JsonOutput.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the full audit report, schema {@value #SCHEMA} (docs/schemas/release-audit.v1.json), with Jackson's
 * streaming generator, compact (one line; 200,000 commits make some 130 MB). Every property is always present;
 * optional values are an explicit {@code null}.
 * Strings are escaped so the document can be embedded in an HTML {@code <script>} element.
 */
public final class ReportJsonWriter {

    /** The schema id written as the {@code schema} property. */
    public static final String SCHEMA = "release-audit/v1";

    /** The tool name written as {@code tool.name}. */
    public static final String TOOL_NAME = "release-copilot";

    /** How issue keys are recognised (README.md, correlation rules 2 and 3), stated in {@code settings.keyRule}. */
    static final String KEY_RULE = "A key is a project key (a letter, then letters, digits or _), a dash and a"
            + " number without leading zero, matched case-insensitively and upper-cased; it must not be preceded"
            + " by a letter, digit, _ or -, nor followed by a letter, digit, _ or .digit. Keys are read from the"
            + " commit message, the merged branch named in a merge commit's message, and the title and source"
            + " branch of merged pull requests; only keys of audited projects count.";

    // The names of the properties of every story, commit and link, encoded once: writeFieldName(SerializableString)
    // copies their bytes. At 10x the report's CPU falls by 12% (645 -> 570 ms; JsonStageBench, see the commit).
    private static final SerializableString ASSIGNEE = new SerializedString("assignee");
    private static final SerializableString AUTHOR = new SerializedString("author");
    private static final SerializableString AUTHOR_EMAIL = new SerializedString("authorEmail");
    private static final SerializableString BRANCHES = new SerializedString("branches");
    private static final SerializableString CATEGORY = new SerializedString("category");
    private static final SerializableString COMMITS = new SerializedString("commits");
    private static final SerializableString COMPONENTS = new SerializedString("components");
    private static final SerializableString DATE = new SerializedString("date");
    private static final SerializableString FIX_VERSIONS = new SerializedString("fixVersions");
    private static final SerializableString HASH = new SerializedString("hash");
    private static final SerializableString ISSUE_TYPE = new SerializedString("issueType");
    private static final SerializableString KEY = new SerializedString("key");
    private static final SerializableString LABELS = new SerializedString("labels");
    private static final SerializableString LINKS = new SerializedString("links");
    private static final SerializableString MERGE = new SerializedString("merge");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString OUT_OF_SCOPE_KEYS = new SerializedString("outOfScopeKeys");
    private static final SerializableString PARENT = new SerializedString("parent");
    private static final SerializableString REASON = new SerializedString("reason");
    private static final SerializableString REPO = new SerializedString("repo");
    private static final SerializableString RESOLVED = new SerializedString("resolved");
    private static final SerializableString REVERTED = new SerializedString("reverted");
    private static final SerializableString REVERTED_BY = new SerializedString("revertedBy");
    private static final SerializableString REVERTS = new SerializedString("reverts");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString STATUS_CATEGORY = new SerializedString("statusCategory");
    private static final SerializableString STORIES = new SerializedString("stories");
    private static final SerializableString SUBTASK = new SerializedString("subtask");
    private static final SerializableString SUMMARY = new SerializedString("summary");
    private static final SerializableString UPDATED = new SerializedString("updated");
    private static final SerializableString URL = new SerializedString("url");
    private static final SerializableString VIA = new SerializedString("via");

    private ReportJsonWriter() {
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
        try (JsonGenerator json = JsonOutput.open(out, false)) {
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
            JsonOutput.endDocument(json);
        }
    }

    /** Writes {@code "scope": {pairs}} in the order given. */
    static void writeScope(JsonGenerator json, Map<String, String> scope) throws IOException {
        json.writeObjectFieldStart("scope");
        for (Map.Entry<String, String> pair : scope.entrySet()) {
            string(json, pair.getKey(), pair.getValue());
        }
        json.writeEndObject();
    }

    /** Writes {@code "gate": {status, reasons, incompleteData}}. */
    static void writeGate(JsonGenerator json, AuditReport report) throws IOException {
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
        SummaryJsonWriter.writeFigures(json, counts);
        json.writeEndObject();
    }

    private static void writeStories(JsonGenerator json, AuditInput input, List<StoryResult> stories,
            Map<String, Repository> repositories) throws IOException {
        json.writeFieldName(STORIES);
        json.writeStartArray();
        for (StoryResult result : stories) {
            Story story = result.story();
            json.writeStartObject();
            string(json, KEY, story.key());
            string(json, URL, input.issueUrl(story.key()));
            string(json, SUMMARY, story.summary());
            string(json, STATUS, story.status());
            string(json, STATUS_CATEGORY, story.statusCategory());
            string(json, ISSUE_TYPE, story.issueType());
            bool(json, SUBTASK, story.subtask());
            string(json, PARENT, story.parentKey());
            string(json, ASSIGNEE, story.assignee());
            strings(json, LABELS, story.labels());
            strings(json, COMPONENTS, story.components());
            strings(json, FIX_VERSIONS, story.fixVersions());
            instant(json, RESOLVED, story.resolved());
            instant(json, UPDATED, story.updated());
            string(json, CATEGORY, result.category().id());
            json.writeFieldName(COMMITS);
            json.writeStartArray();
            for (StoryCommit commit : result.commits()) {
                json.writeStartObject();
                string(json, REPO, commit.repo());
                string(json, HASH, commit.hash());
                string(json, SOURCE, commit.source().id());
                string(json, VIA, commit.via());
                bool(json, REVERTED, commit.reverted());
                string(json, URL, commitUrl(repositories, commit.repo(), commit.hash()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCommits(JsonGenerator json, List<CommitResult> commits,
            Map<String, Repository> repositories) throws IOException {
        json.writeFieldName(COMMITS);
        json.writeStartArray();
        for (CommitResult result : commits) {
            Commit commit = result.commit();
            json.writeStartObject();
            string(json, REPO, commit.repo());
            string(json, HASH, commit.hash());
            string(json, URL, commitUrl(repositories, commit.repo(), commit.hash()));
            instant(json, DATE, commit.date());
            string(json, AUTHOR, commit.author());
            string(json, AUTHOR_EMAIL, commit.authorEmail());
            bool(json, MERGE, commit.merge());
            strings(json, BRANCHES, commit.branches());
            string(json, MESSAGE, commit.message());
            string(json, CATEGORY, result.category().id());
            writeLinks(json, LINKS, result.links());
            writeLinks(json, OUT_OF_SCOPE_KEYS, result.outOfScopeKeys());
            bool(json, REVERTED, result.reverted());
            string(json, REVERTED_BY, result.revertedBy());
            string(json, REVERTS, result.reverts());
            string(json, REASON, result.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeLinks(JsonGenerator json, SerializableString name, List<Link> links) throws IOException {
        json.writeFieldName(name);
        json.writeStartArray();
        for (Link link : links) {
            json.writeStartObject();
            string(json, KEY, link.key());
            string(json, SOURCE, link.source().id());
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
}
