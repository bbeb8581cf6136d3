package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.source.PageParser;
import io.releasecopilot.model.PullRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one Bitbucket Cloud pull request page ({@code GET /2.0/repositories/{ws}/{repo}/pullrequests?state=MERGED},
 * each value carrying the extra key {@code commits: [{hash}]}) into {@link PullRequest} records. Values whose
 * {@code state} is present and not {@code MERGED} are left out.
 */
public final class PullRequestParser extends PageParser {

    /** One parsed page. */
    public record Page(CacheFile file, List<PullRequest> pullRequests) {
    }

    private final String repo;

    private Long id;
    private String title;
    private String source;
    private String destination;
    private String state;
    private List<String> hashes;

    public PullRequestParser(CacheFile file, String repo) {
        super(file, "values");
        this.repo = repo;
    }

    /** Parses the file. */
    public Page parse() {
        return CacheJson.read(file, this::page);
    }

    private Page page(JsonParser p) throws IOException {
        List<PullRequest> pullRequests = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("values".equals(name)) {
                if (t != JsonToken.START_ARRAY) {
                    throw CacheJson.wrongType(file, "values", t, "an array");
                }
                pullRequests = values(p);
            } else {
                p.skipChildren();
            }
        }
        if (pullRequests == null) {
            throw fail("not a Bitbucket Cloud pull requests page (no 'values')");
        }
        return new Page(file, pullRequests);
    }

    private List<PullRequest> values(JsonParser p) throws IOException {
        List<PullRequest> out = new ArrayList<>();
        JsonToken t;
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            if (t != JsonToken.START_OBJECT) {
                throw CacheJson.wrongType(file, path(i, ""), t, "an object");
            }
            PullRequest pr = pullRequest(p, i);
            if (pr != null) {
                out.add(pr);
            }
        }
        return out;
    }

    private PullRequest pullRequest(JsonParser p, int i) throws IOException {
        id = null;
        title = null;
        source = null;
        destination = null;
        state = null;
        hashes = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "id":
                    id = number(p, t, i, "id");
                    break;
                case "title":
                    title = str(p, t, i, "title");
                    break;
                case "state":
                    state = text(p, t, i, "state");
                    break;
                case "source":
                    source = isObject(t, i, "source") ? branchName(p, i, "source") : null;
                    break;
                case "destination":
                    destination = isObject(t, i, "destination") ? branchName(p, i, "destination") : null;
                    break;
                case "commits":
                    hashes = isArray(t, i, "commits") ? hashes(p, i) : null;
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (id == null) {
            throw fail("not a Bitbucket Cloud pull requests page (" + path(i, "") + " has no 'id')");
        }
        if (state != null && !"MERGED".equalsIgnoreCase(state)) {
            return null;
        }
        return new PullRequest(repo, id, title, source, destination, hashes);
    }

    /** Reads {@code {branch: {name}}}. */
    private String branchName(JsonParser p, int i, String field) throws IOException {
        String branch = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("branch".equals(name) && isObject(t, i, field + ".branch")) {
                branch = member(p, "name", i, field + ".branch");
            } else {
                p.skipChildren();
            }
        }
        return branch;
    }

    /** Reads {@code [{hash}]} (or plain strings). */
    private List<String> hashes(JsonParser p, int i) throws IOException {
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String hash = t == JsonToken.START_OBJECT ? member(p, i) : str(p, t, i, "commits[]");
            if (hash != null && !hash.isBlank()) {
                out.add(CloudCommitParser.lower(hash));
            }
        }
        return out;
    }

    private String member(JsonParser p, int i) throws IOException {
        String hash = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("hash".equals(name)) {
                hash = str(p, t, i, "commits[].hash");
            } else {
                p.skipChildren();
            }
        }
        return hash;
    }
}
