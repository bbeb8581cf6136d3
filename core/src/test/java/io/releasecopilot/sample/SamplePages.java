package io.releasecopilot.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.sample.SampleCommits.Commit;
import io.releasecopilot.sample.SampleIssues.Issue;
import io.releasecopilot.sample.SamplePeople.Person;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the raw API pages: Jira Cloud {@code search/jql}, Bitbucket Cloud 2.0 and Data Center 1.0 commit
 * pages. Objects carry the fields Release Copilot reads and a few neighbours, in the APIs' own shapes.
 */
final class SamplePages {

    static final String JIRA_SITE = "https://acme.atlassian.net";
    static final int JIRA_PAGE_SIZE = 100;
    static final int COMMIT_PAGE_SIZE = 100;

    private static final Map<String, String[]> STATUSES = Map.of(
            // name -> status id, category id, category key, category name
            "To Do", new String[] {"10000", "2", "new", "To Do"},
            "Reopened", new String[] {"4", "2", "new", "To Do"},
            "In Progress", new String[] {"3", "4", "indeterminate", "In Progress"},
            "In Review", new String[] {"10001", "4", "indeterminate", "In Progress"},
            "Done", new String[] {"10002", "3", "done", "Done"});
    private static final Map<String, String> ISSUE_TYPES = Map.of(
            "Story", "10001", "Bug", "10004", "Task", "10002", "Sub-task", "10003");

    private final Path root;
    private final Random random;

    SamplePages(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    // ---- Jira Cloud ----

    /** Writes the Jira pages and returns their paths. */
    List<String> jira(List<Issue> issues) {
        Map<String, Integer> ids = new HashMap<>();
        issues.forEach(i -> ids.put(i.key, i.id));
        List<String> pages = new ArrayList<>();
        for (int start = 0; start < issues.size(); start += JIRA_PAGE_SIZE) {
            ObjectNode page = SampleJson.object();
            ArrayNode values = page.putArray("issues");
            issues.subList(start, Math.min(start + JIRA_PAGE_SIZE, issues.size()))
                    .forEach(issue -> values.add(issue(issue, ids)));
            boolean last = start + JIRA_PAGE_SIZE >= issues.size();
            if (!last) {
                page.put("nextPageToken", token(32));
            }
            page.put("isLast", last);
            String path = String.format("jira/page-%05d.json", pages.size() + 1);
            SampleJson.write(root, path, page);
            pages.add(path);
        }
        return pages;
    }

    private ObjectNode issue(Issue issue, Map<String, Integer> ids) {
        ObjectNode node = SampleJson.object();
        node.put("id", String.valueOf(issue.id));
        node.put("self", JIRA_SITE + "/rest/api/3/issue/" + issue.id);
        node.put("key", issue.key);
        ObjectNode fields = node.putObject("fields");
        fields.put("summary", issue.summary);
        String[] status = STATUSES.get(issue.status);
        ObjectNode statusNode = fields.putObject("status");
        statusNode.put("name", issue.status);
        statusNode.put("id", status[0]);
        ObjectNode category = statusNode.putObject("statusCategory");
        category.put("id", Integer.parseInt(status[1]));
        category.put("key", status[2]);
        category.put("name", status[3]);
        ObjectNode type = fields.putObject("issuetype");
        type.put("id", ISSUE_TYPES.get(issue.type));
        type.put("name", issue.type);
        type.put("subtask", issue.role.subtask());
        if (issue.parentKey != null) {
            ObjectNode parent = fields.putObject("parent");
            Integer parentId = ids.get(issue.parentKey);
            int outside = 30000 + Integer.parseInt(issue.parentKey.substring(issue.parentKey.indexOf('-') + 1));
            parent.put("id", String.valueOf(parentId != null ? parentId : outside));
            parent.put("key", issue.parentKey);
        }
        if (issue.assignee == null) {
            fields.putNull("assignee");
        } else {
            ObjectNode assignee = fields.putObject("assignee");
            assignee.put("accountId", issue.assignee.accountId());
            assignee.put("displayName", issue.assignee.name());
            assignee.put("active", true);
        }
        ArrayNode labels = fields.putArray("labels");
        issue.labels.forEach(labels::add);
        ArrayNode components = fields.putArray("components");
        issue.components.forEach(name -> components.addObject()
                .put("id", String.valueOf(10100 + Math.abs(name.hashCode() % 100))).put("name", name));
        ArrayNode versions = fields.putArray("fixVersions");
        issue.fixVersions.forEach(name -> versions.addObject()
                .put("id", name.equals(SampleCacheGenerator.FIX_VERSION) ? "10412" : "10431")
                .put("name", name).put("released", false));
        if (issue.resolved == null) {
            fields.putNull("resolutiondate");
        } else {
            fields.put("resolutiondate", SampleClock.jira(issue.resolved));
        }
        fields.put("updated", SampleClock.jira(issue.updated));
        return node;
    }

    // ---- Bitbucket ----

    /** Writes the commit pages of one ref, newest first, and returns their paths. */
    List<String> commits(SampleRepos repo, String ref, List<Commit> all) {
        List<Commit> onRef = all.stream()
                .filter(c -> c.repo == repo && c.refs().contains(ref))
                .sorted(Comparator.comparing((Commit c) -> c.date).reversed().thenComparing(c -> c.hash))
                .toList();
        List<String> pages = new ArrayList<>();
        for (int start = 0; start < onRef.size(); start += COMMIT_PAGE_SIZE) {
            List<Commit> slice = onRef.subList(start, Math.min(start + COMMIT_PAGE_SIZE, onRef.size()));
            boolean last = start + COMMIT_PAGE_SIZE >= onRef.size();
            ObjectNode page = SampleJson.object();
            ArrayNode values = page.putArray("values");
            if (repo.datacenter) {
                slice.forEach(c -> values.add(datacenterCommit(c)));
                page.put("size", slice.size());
                page.put("isLastPage", last);
                page.put("start", start);
                page.put("limit", COMMIT_PAGE_SIZE);
                if (!last) {
                    page.put("nextPageStart", start + slice.size());
                }
            } else {
                slice.forEach(c -> values.add(cloudCommit(c)));
                page.put("pagelen", COMMIT_PAGE_SIZE);
                if (!last) {
                    page.put("next", repo.nextLink(ref, token(12)));
                }
            }
            String path = String.format("%s/page-%05d.json", repo.pageDir(ref), pages.size() + 1);
            SampleJson.write(root, path, page);
            pages.add(path);
        }
        return pages;
    }

    /** The newest commit of a ref: the head the manifest records. */
    static String head(SampleRepos repo, String ref, List<Commit> all) {
        return all.stream().filter(c -> c.repo == repo && c.refs().contains(ref))
                .max(Comparator.comparing((Commit c) -> c.date).thenComparing(c -> c.hash, Comparator.reverseOrder()))
                .orElseThrow().hash;
    }

    private static ObjectNode cloudCommit(Commit commit) {
        String message = commit.message + "\n";
        ObjectNode node = SampleJson.object();
        node.put("type", "commit");
        node.put("hash", commit.hash);
        node.put("date", SampleClock.cloud(commit.date));
        ObjectNode author = node.putObject("author");
        author.put("type", "author");
        author.put("raw", commit.author.raw());
        if (commit.author.cloudLinked()) {
            ObjectNode user = author.putObject("user");
            user.put("display_name", commit.author.name());
            user.put("type", "user");
        }
        node.put("message", message);
        ObjectNode summary = node.putObject("summary");
        summary.put("type", "rendered");
        summary.put("raw", message);
        summary.put("markup", "markdown");
        summary.put("html", "<p>" + html(commit.message) + "</p>");
        node.putObject("links").putObject("html").put("href", commit.repo.commitUrlPrefix() + commit.hash);
        ArrayNode parents = node.putArray("parents");
        commit.parents.forEach(p -> parents.addObject().put("hash", p).put("type", "commit"));
        ObjectNode repository = node.putObject("repository");
        repository.put("type", "repository");
        repository.put("full_name", SampleRepos.WORKSPACE + "/" + commit.repo.slug);
        repository.put("name", commit.repo.slug);
        return node;
    }

    private static ObjectNode datacenterCommit(Commit commit) {
        ObjectNode node = SampleJson.object();
        node.put("id", commit.hash);
        node.put("displayId", commit.hash.substring(0, 11));
        node.set("author", datacenterUser(commit.author));
        node.put("authorTimestamp", commit.date.toEpochMilli());
        node.set("committer", datacenterUser(commit.author));
        node.put("committerTimestamp", commit.date.toEpochMilli());
        node.put("message", commit.message);
        ArrayNode parents = node.putArray("parents");
        commit.parents.forEach(p -> parents.addObject().put("id", p).put("displayId", p.substring(0, 11)));
        return node;
    }

    /** A known user carries a user name and display name; an unknown author only its git name and e-mail. */
    private static ObjectNode datacenterUser(Person person) {
        ObjectNode user = SampleJson.object();
        user.put("name", person.dcLinked() ? person.username() : person.name());
        user.put("emailAddress", person.email());
        if (person.dcLinked()) {
            user.put("displayName", person.name());
        }
        return user;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String token(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
