package io.releasecopilot.source.jira;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.source.PageParser;
import io.releasecopilot.model.Story;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams one Jira search page (Cloud {@code /rest/api/3/search/jql}, Data Center {@code /rest/api/2/search})
 * or the predecessor's Jira file into {@link Story} records, checking the page against the shape its
 * manifest entry promises.
 */
public final class JiraPageParser extends PageParser {

    /** What a file is supposed to be. */
    public enum Shape {
        CLOUD("Jira Cloud search/jql"),
        DATACENTER("Jira Data Center search"),
        PREDECESSOR("predecessor Jira file");

        public final String label;

        Shape(String label) {
            this.label = label;
        }
    }

    /**
     * One parsed page.
     *
     * @param stories   the issues in page order (duplicates included; the caller keeps the first)
     * @param isLast    the page's {@code isLast}, or null
     * @param nextPageToken the page's {@code nextPageToken}, or null
     * @param startAt   the page's {@code startAt}, or null
     * @param total     the page's {@code total}, or null
     * @param firstSelf the {@code self} of the first issue that has one, or null
     * @param dateWarning a warning about unreadable dates, or null
     */
    public record Page(CacheFile file, List<Story> stories, Boolean isLast, String nextPageToken, Long startAt,
            Long total, String firstSelf, String dateWarning) {
    }

    private final Shape shape;

    private String summary;
    private String status;
    private String statusCategory;
    private String issueType;
    private boolean subtask;
    private String parentKey;
    private String assignee;
    private List<String> labels;
    private List<String> components;
    private List<String> fixVersions;
    private Instant resolved;
    private Instant updated;

    public JiraPageParser(CacheFile file, Shape shape) {
        super(file, "issues");
        this.shape = shape;
    }

    /** Parses the file. */
    public Page parse() {
        return CacheJson.read(file, this::page);
    }

    /** Parses a page as received. */
    public Page parse(byte[] body) {
        return CacheJson.read(file, body, this::page);
    }

    private Page page(JsonParser p) throws IOException {
        List<Story> stories = null;
        String firstSelf = null;
        Boolean isLast = null;
        String nextPageToken = null;
        Long startAt = null;
        Long total = null;
        String hint = "";
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "issues":
                    if (t != JsonToken.START_ARRAY) {
                        throw CacheJson.wrongType(file, "issues", t, "an array");
                    }
                    stories = new ArrayList<>();
                    firstSelf = issues(p, stories);
                    break;
                case "isLast":
                    isLast = CacheJson.bool(p, file, "isLast");
                    break;
                case "nextPageToken":
                    nextPageToken = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    p.skipChildren();
                    break;
                case "startAt":
                    startAt = CacheJson.number(p, file, "startAt");
                    break;
                case "total":
                    total = CacheJson.number(p, file, "total");
                    break;
                case "values":
                    hint = "; looks like a Bitbucket page";
                    p.skipChildren();
                    break;
                case "errorMessages":
                    hint = "; looks like a Jira error response";
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (stories == null) {
            throw fail(notA() + " (no 'issues'" + hint + ")");
        }
        checkPaging(isLast, nextPageToken != null, startAt, total);
        return new Page(file, stories, isLast, nextPageToken, startAt, total, firstSelf, dateWarning());
    }

    private void checkPaging(Boolean isLast, boolean nextPageToken, Long startAt, Long total) {
        boolean cloudPaging = isLast != null || nextPageToken;
        if (shape == Shape.DATACENTER && (startAt == null || total == null)) {
            String missing = startAt == null && total == null ? "'startAt'/'total'"
                    : startAt == null ? "'startAt'" : "'total'";
            throw fail(notA() + " (no " + missing + (cloudPaging ? "; looks like Jira Cloud search/jql" : "") + ")");
        }
        if (shape == Shape.CLOUD && startAt != null && total != null && !cloudPaging) {
            throw fail(notA() + " (has 'startAt'/'total' but no 'isLast'; looks like Jira Data Center search"
                    + " or the removed /rest/api/3/search)");
        }
    }

    private String notA() {
        return shape == Shape.PREDECESSOR ? "not a " + shape.label : "not a " + shape.label + " page";
    }

    /** Reads {@code issues[]} into {@code out}; returns the first issue's {@code self}. */
    private String issues(JsonParser p, List<Story> out) throws IOException {
        String firstSelf = null;
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            if (t != JsonToken.START_OBJECT) {
                throw CacheJson.wrongType(file, path(i, ""), t, "an object");
            }
            String[] self = firstSelf == null ? new String[1] : null;
            out.add(issue(p, i, self));
            if (self != null) {
                firstSelf = self[0];
            }
        }
        return firstSelf;
    }

    private Story issue(JsonParser p, int i, String[] self) throws IOException {
        reset();
        String key = null;
        boolean hasFields = false;
        boolean hasId = false;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "key":
                    key = str(p, t, i, "key");
                    break;
                case "fields":
                    hasFields = isObject(t, i, "fields");
                    if (hasFields) {
                        fields(p, i);
                    }
                    break;
                case "self":
                    if (self != null) {
                        self[0] = str(p, t, i, "self");
                    }
                    p.skipChildren();
                    break;
                case "id":
                    hasId = true;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (key == null || key.isBlank()) {
            throw fail(path(i, "") + " has no 'key'"
                    + (hasId && !hasFields ? " (only 'id': was the search sent without 'fields'?)" : ""));
        }
        if (!hasFields) {
            throw fail(path(i, "") + " (" + key + ") has no 'fields'");
        }
        return new Story(upper(key.strip()), summary, status, statusCategory, issueType, subtask, parentKey,
                assignee, labels, components, fixVersions, resolved, updated);
    }

    private void reset() {
        summary = null;
        status = null;
        statusCategory = null;
        issueType = null;
        subtask = false;
        parentKey = null;
        assignee = null;
        labels = null;
        components = null;
        fixVersions = null;
        resolved = null;
        updated = null;
    }

    private void fields(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "summary":
                    summary = str(p, t, i, "fields.summary");
                    break;
                case "status":
                    if (isObject(t, i, "fields.status")) {
                        status(p, i);
                    }
                    break;
                case "issuetype":
                    if (isObject(t, i, "fields.issuetype")) {
                        issueType(p, i);
                    }
                    break;
                case "parent":
                    if (isObject(t, i, "fields.parent")) {
                        String parent = member(p, "key", i, "fields.parent");
                        parentKey = parent == null ? null : upper(parent);
                    }
                    break;
                case "assignee":
                    if (isObject(t, i, "fields.assignee")) {
                        assignee = member(p, "displayName", i, "fields.assignee");
                    }
                    break;
                case "labels":
                    if (isArray(t, i, "fields.labels")) {
                        labels = strings(p, i, "fields.labels");
                    }
                    break;
                case "components":
                    if (isArray(t, i, "fields.components")) {
                        components = names(p, i, "fields.components");
                    }
                    break;
                case "fixVersions":
                    if (isArray(t, i, "fields.fixVersions")) {
                        fixVersions = names(p, i, "fields.fixVersions");
                    }
                    break;
                case "resolutiondate":
                    resolved = date(p, t, i, "fields.resolutiondate");
                    break;
                case "updated":
                    updated = date(p, t, i, "fields.updated");
                    break;
                default:
                    p.skipChildren();
            }
        }
    }

    private void status(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("name".equals(name)) {
                status = text(p, t, i, "fields.status.name");
            } else if ("statusCategory".equals(name) && isObject(t, i, "fields.status.statusCategory")) {
                statusCategory = member(p, "key", i, "fields.status.statusCategory");
            } else {
                p.skipChildren();
            }
        }
    }

    private void issueType(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("name".equals(name)) {
                issueType = text(p, t, i, "fields.issuetype.name");
            } else if ("subtask".equals(name)) {
                Boolean flag = bool(p, t, i, "fields.issuetype.subtask");
                subtask = flag != null && flag;
            } else {
                p.skipChildren();
            }
        }
    }

    private static String upper(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLowerCase(key.charAt(i))) {
                return key.toUpperCase(Locale.ROOT);
            }
        }
        return key;
    }

    /** Returns the Jira browse URL ({@code https://x.atlassian.net/browse/}) from an issue's {@code self}, or null. */
    public static String browseUrl(String self) {
        if (self == null) {
            return null;
        }
        int rest = self.indexOf("/rest/");
        return rest <= 0 ? null : self.substring(0, rest) + "/browse/";
    }
}
