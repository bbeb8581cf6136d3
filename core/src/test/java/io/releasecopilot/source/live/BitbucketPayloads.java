package io.releasecopilot.source.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Bitbucket pages in the real wire shapes. Cloud 2.0 commits: {@code values}, {@code pagelen}, {@code next}
 * with an opaque token (no {@code size}); each commit with {@code hash}, {@code date} ({@code +00:00}),
 * {@code author.raw} and {@code author.user} only when linked, {@code message}, {@code summary} object,
 * {@code links}, {@code parents}, {@code repository}. Data Center 1.0 commits: {@code values}, {@code size},
 * {@code isLastPage}, {@code start}, {@code limit}, {@code nextPageStart} (0 on the last page, a real quirk);
 * each with {@code id}, {@code displayId}, a linked user or just {@code name}/{@code emailAddress}, epoch
 * millisecond timestamps and {@code parents} of {@code {id, displayId}}. Cloud merged pull requests as listed.
 */
final class BitbucketPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter CLOUD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private BitbucketPayloads() {
    }

    /** A Cloud commits page; {@code next} null makes it the last. */
    static String cloudPage(String ws, String repo, List<TestCommit> commits, int pagelen, String next) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode values = page.putArray("values");
        commits.forEach(c -> values.add(cloudCommit(ws, repo, c)));
        page.put("pagelen", pagelen);
        if (next != null) {
            page.put("next", next);
        }
        return JiraPayloads.write(page);
    }

    static ObjectNode cloudCommit(String ws, String repo, TestCommit c) {
        String api = "https://api.bitbucket.org/2.0/repositories/" + ws + "/" + repo;
        ObjectNode commit = MAPPER.createObjectNode();
        commit.put("type", "commit");
        commit.put("hash", c.hash());
        if (c.date() != null) {
            commit.put("date", CLOUD_DATE.format(c.date()));
        }
        ObjectNode author = commit.putObject("author");
        author.put("type", "author");
        author.put("raw", c.author() + " <" + c.email() + ">");
        if (c.linked()) {
            ObjectNode user = author.putObject("user");
            user.put("display_name", c.author());
            user.put("type", "user");
            user.put("uuid", "{d301aafa-d676-4ee0-88be-962be7417567}");
            user.put("account_id", "557058:c0b72ad0-1cb5-4018-9cdc-0cde8492c443");
            user.put("nickname", c.author());
        }
        if (c.message() == null) {
            commit.putNull("message");
        } else {
            commit.put("message", c.message());
            ObjectNode summary = commit.putObject("summary");
            summary.put("type", "rendered");
            summary.put("raw", c.message());
            summary.put("markup", "markdown");
            summary.put("html", "<p>" + c.message().replace("&", "&amp;").replace("<", "&lt;") + "</p>");
        }
        ObjectNode links = commit.putObject("links");
        links.putObject("self").put("href", api + "/commit/" + c.hash());
        links.putObject("html").put("href", "https://bitbucket.org/" + ws + "/" + repo + "/commits/" + c.hash());
        links.putObject("diff").put("href", api + "/diff/" + c.hash());
        ArrayNode parents = commit.putArray("parents");
        for (String parent : c.parents()) {
            ObjectNode p = parents.addObject();
            p.put("hash", parent);
            p.put("type", "commit");
            p.putObject("links").putObject("self").put("href", api + "/commit/" + parent);
        }
        ObjectNode repository = commit.putObject("repository");
        repository.put("type", "repository");
        repository.put("full_name", ws + "/" + repo);
        repository.put("name", repo);
        repository.put("uuid", "{7dd600e6-0d9c-4801-b967-cb4cc17359ff}");
        return commit;
    }

    /** A Data Center commits page. */
    static String dataCenterPage(List<TestCommit> commits, int start, int limit, boolean last) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode values = page.putArray("values");
        for (TestCommit c : commits) {
            ObjectNode commit = values.addObject();
            commit.put("id", c.hash());
            commit.put("displayId", c.hash().substring(0, 11));
            ObjectNode author = commit.putObject("author");
            if (c.linked()) {
                author.put("name", c.email());
                author.put("emailAddress", c.email());
                author.put("active", true);
                author.put("displayName", c.author());
                author.put("id", 57);
                author.put("slug", c.email().replace('@', '_'));
                author.put("type", "NORMAL");
            } else {
                author.put("name", c.author());
                author.put("emailAddress", c.email());
            }
            if (c.date() != null) {
                commit.put("authorTimestamp", c.date().toEpochMilli());
                commit.put("committerTimestamp", c.date().toEpochMilli());
            }
            if (c.message() == null) {
                commit.putNull("message");
            } else {
                commit.put("message", c.message());
            }
            ArrayNode parents = commit.putArray("parents");
            for (String parent : c.parents()) {
                parents.addObject().put("id", parent).put("displayId", parent.substring(0, 11));
            }
        }
        page.put("size", commits.size());
        page.put("isLastPage", last);
        page.put("start", start);
        page.put("limit", limit);
        page.put("nextPageStart", last ? 0 : start + commits.size());
        return JiraPayloads.write(page);
    }

    /** A Cloud page of merged pull requests into {@code destination}; {@code next} null makes it the last. */
    static String mergedPullRequests(String base, String ws, String repo, List<TestPullRequest> prs, String next) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode values = page.putArray("values");
        String api = base + "/2.0/repositories/" + ws + "/" + repo;
        for (TestPullRequest pr : prs) {
            ObjectNode value = values.addObject();
            value.put("comment_count", 0);
            value.put("type", "pullrequest");
            value.put("id", pr.id());
            value.put("title", pr.title());
            value.put("description", "* " + pr.title() + "\n\n\u200c");
            value.put("state", "MERGED");
            ObjectNode merge = value.putObject("merge_commit");
            merge.put("type", "commit");
            merge.put("hash", pr.mergeCommit().substring(0, 12));
            value.put("close_source_branch", false);
            value.put("created_on", "2026-03-01T14:59:57.869336+00:00");
            value.put("updated_on", "2026-03-01T15:10:43.806662+00:00");
            value.putObject("destination").putObject("branch").put("name", pr.destination());
            value.putObject("source").putObject("branch").put("name", pr.source());
            ObjectNode links = value.putObject("links");
            links.putObject("self").put("href", api + "/pullrequests/" + pr.id());
            links.putObject("commits").put("href", api + "/pullrequests/" + pr.id() + "/commits");
            links.putObject("html").put("href", "https://bitbucket.org/" + ws + "/" + repo + "/pull-requests/"
                    + pr.id());
        }
        page.put("pagelen", 50);
        page.put("page", 1);
        if (next != null) {
            page.put("next", next);
        }
        return JiraPayloads.write(page);
    }

    /** A page of a pull request's commits as trimmed by {@code fields=next,values.hash}. */
    static String pullRequestCommits(List<String> hashes) {
        ObjectNode page = MAPPER.createObjectNode();
        ArrayNode values = page.putArray("values");
        hashes.forEach(h -> values.addObject().put("hash", h));
        return JiraPayloads.write(page);
    }
}
