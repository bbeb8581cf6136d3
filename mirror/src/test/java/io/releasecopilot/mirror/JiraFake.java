package io.releasecopilot.mirror;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira behind WireMock: Cloud {@code /rest/api/3/search/jql} (nextPageToken) and Data Center
 * {@code /rest/api/2/search} (startAt/total) over a set of issues that tests change, honouring the two JQL
 * forms the mirror and the audit send: {@code updated >= -<n>m} / {@code updated >= "1970-01-01"} with an
 * optional project list, and {@code fixVersion = "<name>"}.
 */
final class JiraFake implements AutoCloseable {

    static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.ofHours(1));
    private static final Pattern MINUTES = Pattern.compile("updated >= -(\\d+)m");
    private static final Pattern FIX_VERSION = Pattern.compile("fixVersion = \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, ObjectNode> issues = new ConcurrentHashMap<>();
    /** The sorted result of each JQL, kept until the issues change, so paging costs the fake little. */
    private final Map<String, List<ObjectNode>> results = new ConcurrentHashMap<>();
    private final Map<String, Integer> failAfterPages = new ConcurrentHashMap<>();
    private final AtomicInteger searches = new AtomicInteger();
    private final List<String> jqls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final WireMockServer server;
    private volatile Instant now = Instant.parse("2026-12-07T04:00:00Z");
    private volatile int latencyMillis;

    JiraFake() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Search()));
        server.start();
        server.stubFor(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(aResponse().withTransformers("search")));
        server.stubFor(get(urlPathEqualTo("/rest/api/2/search")).willReturn(aResponse().withTransformers("search")));
    }

    URI site() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    void now(Instant value) {
        now = value;
        results.clear();
    }

    /** Makes the search fail (400) once more than {@code pages} pages were served. */
    void failAfterPages(int pages) {
        failAfterPages.put("limit", pages);
    }

    /** Delays every search answer, as a real Jira's response time. */
    void latency(int millis) {
        latencyMillis = millis;
    }

    void healed() {
        failAfterPages.clear();
    }

    int searches() {
        return searches.get();
    }

    List<String> jqls() {
        return jqls;
    }

    /** Adds or replaces an issue (as a search returns it) and returns it. */
    ObjectNode put(String id, String key, Instant updated, String status, String... fixVersions) {
        ObjectNode issue = IssueJson.JSON.createObjectNode();
        issue.put("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations");
        issue.put("id", id);
        issue.put("self", site() + "/rest/api/3/issue/" + id);
        issue.put("key", key);
        ObjectNode fields = issue.putObject("fields");
        fields.put("summary", "Change " + key + " (" + status + ")");
        ObjectNode statusNode = fields.putObject("status");
        statusNode.put("name", status);
        statusNode.putObject("statusCategory").put("key", "Done".equals(status) ? "done" : "indeterminate")
                .put("name", status);
        fields.putObject("issuetype").put("name", Integer.parseInt(id) % 7 == 0 ? "Bug" : "Story")
                .put("subtask", false);
        fields.putObject("assignee").put("displayName", "Dev " + (Integer.parseInt(id) % 5));
        fields.putArray("labels").add("team-" + (Integer.parseInt(id) % 3));
        fields.putArray("components");
        ArrayNode versions = fields.putArray("fixVersions");
        for (String name : fixVersions) {
            versions.addObject().put("id", "1" + Math.abs(name.hashCode() % 1000)).put("name", name)
                    .put("archived", false).put("released", false);
        }
        fields.putNull("parent");
        if ("Done".equals(status)) {
            fields.put("resolutiondate", UPDATED.format(updated));
        } else {
            fields.putNull("resolutiondate");
        }
        fields.put("updated", UPDATED.format(updated));
        issues.put(id, issue);
        results.clear();
        return issue;
    }

    void remove(String id) {
        issues.remove(id);
        results.clear();
    }

    /** Returns the issues of a fix version, as a search returns them. */
    List<ObjectNode> ofVersion(String version) {
        return issues.values().stream().filter(issue -> versions(issue).contains(version)).toList();
    }

    private static List<String> versions(ObjectNode issue) {
        List<String> names = new ArrayList<>();
        issue.path("fields").path("fixVersions").forEach(v -> names.add(v.path("name").asText()));
        return names;
    }

    private static Instant updated(ObjectNode issue) {
        try {
            return Instant.ofEpochMilli(IssueJson.updated(issue.path("fields").path("updated").asText(), "x"));
        } catch (IllegalArgumentException e) {
            return Instant.EPOCH; // a broken date, served as it is
        }
    }

    private String page(String path, Map<String, String> query) {
        String jql = query.getOrDefault("jql", "");
        jqls.add(jql);
        List<ObjectNode> matching = results.computeIfAbsent(jql, this::search);
        int size = Integer.parseInt(query.getOrDefault("maxResults", "50"));
        return searchPage(path, query, matching, size);
    }

    private List<ObjectNode> search(String jql) {
        List<ObjectNode> matching = new ArrayList<>();
        Matcher minutes = MINUTES.matcher(jql);
        Matcher version = FIX_VERSION.matcher(jql);
        for (ObjectNode issue : issues.values()) {
            if (minutes.find(0) && updated(issue).isBefore(now.minusSeconds(60 * Long.parseLong(minutes.group(1))))) {
                continue;
            }
            if (version.find(0) && !versions(issue).contains(version.group(1).replaceAll("\\\\(.)", "$1"))) {
                continue;
            }
            matching.add(issue);
        }
        matching.sort(jql.contains("ORDER BY updated")
                ? Comparator.comparing(JiraFake::updated).thenComparing(i -> i.path("key").asText())
                : Comparator.comparing(i -> i.path("key").asText(), MirrorTable::compareKeys));
        return matching;
    }

    private String searchPage(String path, Map<String, String> query, List<ObjectNode> matching, int size) {
        boolean cloud = path.contains("/api/3/");
        int start = cloud ? Integer.parseInt(query.getOrDefault("nextPageToken", "t0").substring(1))
                : Integer.parseInt(query.getOrDefault("startAt", "0"));
        int end = Math.min(matching.size(), start + size);
        ObjectNode page = IssueJson.JSON.createObjectNode();
        if (!cloud) {
            page.put("expand", "schema,names").put("startAt", start).put("maxResults", size)
                    .put("total", matching.size());
        }
        ArrayNode list = page.putArray("issues");
        matching.subList(start, end).forEach(list::add);
        if (cloud) {
            if (end < matching.size()) {
                page.put("nextPageToken", "t" + end);
            }
            page.put("isLast", end >= matching.size());
        }
        return page.toString();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Answers a search from the issues. */
    private final class Search implements ResponseDefinitionTransformerV2 {

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            int served = searches.incrementAndGet();
            Integer limit = failAfterPages.get("limit");
            if (limit != null && served > limit) {
                return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessages\":[\"The search failed on purpose.\"],\"errors\":{}}").build();
            }
            Map<String, String> query = new java.util.HashMap<>();
            event.getRequest().getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8")
                    .withFixedDelay(latencyMillis).withBody(page(event.getRequest().getUrl(), query)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "search";
        }
    }
}
