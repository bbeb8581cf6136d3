package io.releasecopilot.cache;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a manifest that {@link ManifestParser} has already accepted into a {@link ManifestState} (with the
 * fields only the writer needs: cursors, heads, request identities), and writes a state back in the documented
 * field order.
 */
final class ManifestCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private ManifestCodec() {
    }

    /** Loads {@code file}, which must already have passed {@link ManifestParser#parse(CacheFile)}. */
    static ManifestState load(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        ManifestState state = new ManifestState();
        state.fixVersion = text(root, "fixVersion");
        state.createdAt = text(root, "createdAt");
        state.updatedAt = text(root, "updatedAt");
        JsonNode jira = root.path("jira");
        ManifestState.JiraEntry j = new ManifestState.JiraEntry();
        j.flavor = flavor(text(jira, "flavor"));
        j.baseUrl = text(jira, "baseUrl");
        j.browseUrl = text(jira, "browseUrl");
        j.jql = text(jira, "jql");
        paged(jira, j);
        state.jira = j;
        for (JsonNode repo : root.path("repositories")) {
            ManifestState.RepoEntry r = new ManifestState.RepoEntry();
            r.name = text(repo, "name");
            r.workspace = text(repo, "workspace");
            r.flavor = flavor(text(repo, "flavor"));
            r.baseUrl = text(repo, "baseUrl");
            r.commitUrlPrefix = text(repo, "commitUrlPrefix");
            for (JsonNode ref : repo.path("refs")) {
                ManifestState.RefEntry e = new ManifestState.RefEntry();
                e.ref = text(ref, "ref");
                e.sinceRef = text(ref, "sinceRef");
                e.since = text(ref, "since");
                e.until = text(ref, "until");
                e.head = text(ref, "head");
                JsonNode update = ref.path("update");
                e.stopAt = text(update, "stopAt");
                e.newPages = update.path("newPages").asInt(0);
                paged(ref, e);
                e.newPages = Math.max(0, Math.min(e.newPages, e.pages.size()));
                r.refs.add(e);
            }
            JsonNode prs = repo.path("pullRequests");
            if (prs.isObject()) {
                ManifestState.PullRequestEntry p = new ManifestState.PullRequestEntry();
                for (JsonNode branch : prs.path("branches")) {
                    p.branches.add(branch.asText());
                }
                paged(prs, p);
                r.pullRequests = p;
            }
            state.repositories.add(r);
        }
        return state;
    }

    private static void paged(JsonNode node, ManifestState.Paged entry) {
        entry.complete = node.path("complete").asBoolean(false);
        for (JsonNode page : node.path("pages")) {
            if (page.isTextual() && !page.asText().isBlank()) {
                entry.pages.add(page.asText());
            }
        }
        JsonNode resume = node.path("resume");
        if (resume.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : resume.properties()) {
                JsonNode value = field.getValue();
                fields.put(field.getKey(), value.isIntegralNumber() ? (Object) value.asLong()
                        : value.isNull() ? null : value.asText());
            }
            entry.resume = new Resume(fields);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static SourceFlavor flavor(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return "cloud".equals(v) ? SourceFlavor.CLOUD : "datacenter".equals(v) ? SourceFlavor.DATACENTER : null;
    }

    private static String flavor(SourceFlavor flavor) {
        return flavor == SourceFlavor.DATACENTER ? "datacenter" : "cloud";
    }

    /** Writes {@code state} as pretty-printed JSON. */
    static void write(ManifestState state, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("layout", Manifest.LAYOUT);
            g.writeStringField("fixVersion", state.fixVersion);
            g.writeStringField("createdAt", state.createdAt);
            g.writeStringField("updatedAt", state.updatedAt);
            ManifestState.JiraEntry jira = state.jira;
            g.writeObjectFieldStart("jira");
            g.writeStringField("flavor", flavor(jira.flavor));
            g.writeStringField("baseUrl", jira.baseUrl);
            g.writeStringField("browseUrl", jira.browseUrl);
            g.writeStringField("jql", jira.jql);
            paged(g, jira);
            g.writeEndObject();
            g.writeArrayFieldStart("repositories");
            for (ManifestState.RepoEntry repo : state.repositories) {
                repo(g, repo);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void repo(JsonGenerator g, ManifestState.RepoEntry repo) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", repo.name);
        g.writeStringField("workspace", repo.workspace);
        g.writeStringField("flavor", flavor(repo.flavor));
        g.writeStringField("baseUrl", repo.baseUrl);
        g.writeStringField("commitUrlPrefix", repo.commitUrlPrefix);
        g.writeArrayFieldStart("refs");
        for (ManifestState.RefEntry ref : repo.refs) {
            g.writeStartObject();
            g.writeStringField("ref", ref.ref);
            g.writeStringField("sinceRef", ref.sinceRef);
            g.writeStringField("since", ref.since);
            g.writeStringField("until", ref.until);
            g.writeBooleanField("complete", ref.complete);
            g.writeStringField("head", ref.head);
            pages(g, ref.pages);
            resume(g, ref.resume);
            if (ref.stopAt != null) {
                g.writeObjectFieldStart("update");
                g.writeStringField("stopAt", ref.stopAt);
                g.writeNumberField("newPages", ref.newPages);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (repo.pullRequests != null) {
            g.writeObjectFieldStart("pullRequests");
            g.writeArrayFieldStart("branches");
            for (String branch : repo.pullRequests.branches) {
                g.writeString(branch);
            }
            g.writeEndArray();
            paged(g, repo.pullRequests);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void paged(JsonGenerator g, ManifestState.Paged entry) throws IOException {
        g.writeBooleanField("complete", entry.complete);
        pages(g, entry.pages);
        resume(g, entry.resume);
    }

    private static void pages(JsonGenerator g, List<String> pages) throws IOException {
        g.writeArrayFieldStart("pages");
        for (String page : new ArrayList<>(pages)) {
            g.writeString(page);
        }
        g.writeEndArray();
    }

    private static void resume(JsonGenerator g, Resume resume) throws IOException {
        if (resume == null) {
            g.writeNullField("resume");
            return;
        }
        g.writeObjectFieldStart("resume");
        for (Map.Entry<String, Object> field : resume.fields().entrySet()) {
            Object value = field.getValue();
            if (value instanceof Long) {
                g.writeNumberField(field.getKey(), (Long) value);
            } else {
                g.writeStringField(field.getKey(), (String) value);
            }
        }
        g.writeEndObject();
    }
}
