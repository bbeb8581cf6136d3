package io.releasecopilot.source.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Jira search pages in the real wire shapes: Cloud {@code /rest/api/3/search/jql} ({@code issues},
 * {@code nextPageToken} only while more follow, {@code isLast}; no {@code total}) and Data Center
 * {@code /rest/api/2/search} ({@code expand}, {@code startAt}, {@code maxResults}, {@code total}). Issues carry
 * status with its category, issue type with the sub-task flag, assignee (null when unassigned), labels,
 * components, fix versions, parent and dates without a colon in the offset.
 */
final class JiraPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JiraPayloads() {
    }

    /** A Cloud page; {@code nextPageToken} null makes it the last. */
    static String cloudPage(String site, List<TestIssue> issues, String nextPageToken) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode values = page.putArray("issues");
        issues.forEach(issue -> values.add(issue(site, "3", issue)));
        if (nextPageToken != null) {
            page.put("nextPageToken", nextPageToken);
            page.put("isLast", false);
        } else {
            page.put("isLast", true);
        }
        return write(page);
    }

    /** A Data Center page. */
    static String dataCenterPage(String site, List<TestIssue> issues, int startAt, int maxResults, int total) {
        ObjectNode page = MAPPER.createObjectNode();
        page.put("expand", "schema,names");
        page.put("startAt", startAt);
        page.put("maxResults", maxResults);
        page.put("total", total);
        ArrayNode values = page.putArray("issues");
        issues.forEach(issue -> values.add(issue(site, "2", issue)));
        return write(page);
    }

    private static ObjectNode issue(String site, String api, TestIssue t) {
        String id = String.valueOf(10000 + Integer.parseInt(t.key().substring(t.key().indexOf('-') + 1)));
        ObjectNode issue = MAPPER.createObjectNode();
        issue.put("expand", "operations,versionedRepresentations,editmeta,changelog,renderedFields");
        issue.put("id", id);
        issue.put("self", site + "/rest/api/" + api + "/issue/" + id);
        issue.put("key", t.key());
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", t.summary());
        ObjectNode status = fields.putObject("status");
        status.put("self", site + "/rest/api/" + api + "/status/3");
        status.put("description", "");
        status.put("name", t.status());
        status.put("id", "3");
        ObjectNode category = status.putObject("statusCategory");
        category.put("self", site + "/rest/api/" + api + "/statuscategory/4");
        category.put("id", "done".equals(t.category()) ? 3 : 4);
        category.put("key", t.category());
        category.put("colorName", "done".equals(t.category()) ? "green" : "yellow");
        ObjectNode type = fields.putObject("issuetype");
        type.put("self", site + "/rest/api/" + api + "/issuetype/10001");
        type.put("id", t.subtask() ? "10003" : "10001");
        type.put("name", t.type());
        type.put("subtask", t.subtask());
        type.put("hierarchyLevel", t.subtask() ? -1 : 0);
        if (t.assignee() == null) {
            fields.putNull("assignee");
        } else {
            ObjectNode assignee = fields.putObject("assignee");
            assignee.put("accountId", "5b10ac8d82e05b22cc7d4ef5");
            assignee.put("displayName", t.assignee());
            assignee.put("active", true);
            assignee.put("timeZone", "Europe/Berlin");
        }
        ArrayNode labels = fields.putArray("labels");
        t.labels().forEach(labels::add);
        ArrayNode components = fields.putArray("components");
        for (String name : t.components()) {
            ObjectNode component = components.addObject();
            component.put("self", site + "/rest/api/" + api + "/component/10000");
            component.put("id", "10000");
            component.put("name", name);
        }
        ArrayNode versions = fields.putArray("fixVersions");
        ObjectNode version = versions.addObject();
        version.put("self", site + "/rest/api/" + api + "/version/10100");
        version.put("id", "10100");
        version.put("name", t.fixVersion());
        version.put("archived", false);
        version.put("released", false);
        if (t.parent() != null) {
            ObjectNode parent = fields.putObject("parent");
            parent.put("id", "1");
            parent.put("key", t.parent());
            parent.putObject("fields").put("summary", "parent of " + t.key());
        }
        if (t.resolved() == null) {
            fields.putNull("resolutiondate");
        } else {
            fields.put("resolutiondate", t.resolved());
        }
        fields.put("updated", t.updated());
        return issue;
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
