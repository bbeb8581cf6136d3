package io.releasecopilot.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.model.SourceFlavor;
import java.util.function.Predicate;

/**
 * Checks a parsed {@code manifest.json} before it becomes a {@link Manifest}, so a wrong value is reported as
 * {@code 'repositories[0].refs[0].complete' is null, expected a boolean} rather than as a databind message. The
 * {@code layout} is checked first, so a manifest of another layout is reported as such even when the rest of it
 * looks different; otherwise the first problem found is returned. Flavors are normalised in place to the enum
 * names databind reads.
 */
final class ManifestCheck {

    private String problem;

    /** Returns the first problem of {@code root}, or null when it is a valid manifest. */
    String check(ObjectNode root) {
        JsonNode layout = root.get("layout");
        if (layout == null) {
            return "no 'layout'; expected \"" + Manifest.LAYOUT + "\"";
        }
        String text = layout.isValueNode() && !layout.isNull() ? layout.asText() : null;
        if (!Manifest.LAYOUT.equals(text)) {
            return "layout is " + (text == null ? "not a string" : "\"" + text + "\"") + ", expected \""
                    + Manifest.LAYOUT + "\"";
        }
        String fixVersion = string(root, "fixVersion", "fixVersion");
        string(root, "createdAt", "createdAt");
        string(root, "updatedAt", "updatedAt");
        ObjectNode jira = object(root, "jira", "jira", false);
        if (jira != null) {
            flavor(jira, "jira.flavor", "no 'jira.flavor' (\"cloud\" or \"datacenter\")");
            strings(jira, "jira", "baseUrl", "browseUrl", "jql");
            paged(jira, "jira");
        }
        JsonNode repositories = array(root, "repositories", "repositories");
        for (int i = 0; repositories != null && i < repositories.size(); i++) {
            repo(repositories.get(i), "repositories[" + i + "]");
        }
        if (fixVersion == null || fixVersion.isBlank()) {
            problem("no 'fixVersion'");
        }
        if (!root.has("jira")) {
            problem("no 'jira' section");
        }
        return problem;
    }

    private void repo(JsonNode node, String at) {
        if (!is(node, JsonNode::isObject, at, "an object")) {
            return;
        }
        ObjectNode repo = (ObjectNode) node;
        String name = string(repo, "name", at + ".name");
        strings(repo, at, "workspace", "baseUrl", "commitUrlPrefix");
        JsonNode refs = array(repo, "refs", at + ".refs");
        for (int j = 0; refs != null && j < refs.size(); j++) {
            String refAt = at + ".refs[" + j + "]";
            if (is(refs.get(j), JsonNode::isObject, refAt, "an object")) {
                ref((ObjectNode) refs.get(j), refAt);
            }
        }
        ObjectNode pullRequests = object(repo, "pullRequests", at + ".pullRequests", true);
        if (pullRequests != null) {
            paged(pullRequests, at + ".pullRequests");
            JsonNode branches = array(pullRequests, "branches", at + ".pullRequests.branches");
            for (int k = 0; branches != null && k < branches.size(); k++) {
                is(branches.get(k), JsonNode::isTextual, at + ".pullRequests.branches[" + k + "]", "a string");
            }
        }
        if (name == null || name.isBlank()) {
            problem(at + " has no 'name'");
        }
        flavor(repo, at + ".flavor", at + " has no 'flavor' (\"cloud\" or \"datacenter\")");
    }

    private void ref(ObjectNode ref, String at) {
        String name = string(ref, "ref", at + ".ref");
        strings(ref, at, "sinceRef", "head");
        window(ref, "since", at, false);
        window(ref, "until", at, true);
        paged(ref, at);
        ObjectNode update = object(ref, "update", at + ".update", true);
        if (update != null) {
            string(update, "stopAt", at + ".update.stopAt");
            JsonNode newPages = update.get("newPages");
            if (newPages != null && !newPages.isNull()) {
                is(newPages, JsonNode::canConvertToInt, at + ".update.newPages", "a whole number");
            }
        }
        if (name == null || name.isBlank()) {
            problem(at + " has no 'ref'");
        }
    }

    private void window(ObjectNode ref, String field, String at, boolean end) {
        String value = string(ref, field, at + "." + field);
        if (value != null && !value.isBlank() && Manifest.bound(value, end) == null) {
            problem("'" + at + "." + field + "' is \"" + value + "\", expected a date (YYYY-MM-DD) or a timestamp");
        }
    }

    /** Checks {@code complete}, {@code pages} and {@code resume}. */
    private void paged(ObjectNode entry, String at) {
        JsonNode complete = entry.get("complete");
        if (complete != null) {
            is(complete, JsonNode::isBoolean, at + ".complete", "a boolean");
        }
        JsonNode pages = array(entry, "pages", at + ".pages");
        for (int i = 0; pages != null && i < pages.size(); i++) {
            JsonNode page = pages.get(i);
            if (page.isNull() || page.isTextual() && page.asText().isBlank()) {
                problem("'" + at + ".pages[" + i + "]' is empty");
            } else {
                is(page, JsonNode::isTextual, at + ".pages[" + i + "]", "a string");
            }
        }
        ObjectNode resume = object(entry, "resume", at + ".resume", true);
        if (resume != null) {
            resume.properties().forEach(field -> is(field.getValue(), JsonNode::isValueNode,
                    at + ".resume." + field.getKey(), "a string or a number"));
        }
    }

    private void flavor(ObjectNode node, String at, String missing) {
        String value = string(node, "flavor", at);
        if (value == null) {
            problem(missing);
            return;
        }
        SourceFlavor flavor = Manifest.flavor(value);
        if (flavor == null) {
            problem("'" + at + "' is \"" + value + "\", expected \"cloud\" or \"datacenter\"");
        } else {
            node.put("flavor", flavor.name());
        }
    }

    private void strings(ObjectNode node, String at, String... fields) {
        for (String field : fields) {
            string(node, field, at + "." + field);
        }
    }

    /** Returns a string field; null when absent or JSON null; any other type is a problem. */
    private String string(ObjectNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return is(value, JsonNode::isTextual, at, "a string") ? value.asText() : null;
    }

    /** Returns an object field; null when absent or (if {@code nullable}) JSON null. */
    private ObjectNode object(ObjectNode node, String field, String at, boolean nullable) {
        JsonNode value = node.get(field);
        if (value == null || nullable && value.isNull()) {
            return null;
        }
        return is(value, JsonNode::isObject, at, "an object") ? (ObjectNode) value : null;
    }

    /** Returns an array field; null when absent; JSON null is a problem. */
    private JsonNode array(ObjectNode node, String field, String at) {
        JsonNode value = node.get(field);
        return value != null && is(value, JsonNode::isArray, at, "an array") ? value : null;
    }

    private boolean is(JsonNode value, Predicate<JsonNode> test, String at, String expected) {
        if (test.test(value)) {
            return true;
        }
        problem("'" + at + "' is " + describe(value) + ", expected " + expected);
        return false;
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        return node.isBoolean() ? "a boolean" : "null";
    }

    private void problem(String text) {
        if (problem == null) {
            problem = text;
        }
    }
}
