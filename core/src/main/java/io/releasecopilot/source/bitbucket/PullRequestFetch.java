package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.cache.CacheWriter;
import io.releasecopilot.cache.PageLog;
import io.releasecopilot.cache.Resume;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.http.HttpBody;
import io.releasecopilot.http.HttpGet;
import io.releasecopilot.source.ApiUrls;
import io.releasecopilot.source.FetchContext;
import io.releasecopilot.source.PageTrail;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the pull requests merged into each ref of a Bitbucket Cloud repository
 * ({@code /pullrequests?state=MERGED&q=destination.branch.name="<ref>"&pagelen=50}, following {@code next}) and,
 * for each whose merge commit lies in the cached range, the hashes of its commits
 * ({@code links.commits.href}, following {@code next}). Each pull request value of a stored page gets the extra
 * key {@code commits: [{"hash": …}]} (empty for pull requests outside the range); the page is otherwise as
 * received. Runs after the repository's refs; skipped when the cache holds a complete fetch for the same refs
 * and none of them changed. Every paginated read stops at a next link that comes back to a page already read,
 * and at the page cap ({@link PageTrail}).
 */
public final class PullRequestFetch implements Runnable {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final URI base;
    private final String workspace;
    private final String repo;
    private final List<String> branches;
    private final BooleanSupplier refsChanged;
    private final CacheWriter writer;
    private final HttpGet http;
    private final FetchContext context;
    private final String source;

    /**
     * @param base        the Bitbucket Cloud API base
     * @param workspace   the workspace
     * @param repo        the repository slug
     * @param branches    the refs pull requests were merged into
     * @param refsChanged whether any ref of the repository got new pages in this run
     * @param writer      the cache
     * @param http        the HTTP port for Bitbucket
     * @param context     the run's shared context
     */
    public PullRequestFetch(URI base, String workspace, String repo, List<String> branches,
            BooleanSupplier refsChanged, CacheWriter writer, HttpGet http, FetchContext context) {
        this.base = base;
        this.workspace = workspace;
        this.repo = repo;
        this.branches = List.copyOf(branches);
        this.refsChanged = refsChanged;
        this.writer = writer;
        this.http = http;
        this.context = context;
        this.source = workspace + "/" + repo + " pull requests";
    }

    @Override
    public void run() {
        PageLog log = writer.pullRequests(repo);
        if (log.wasComplete() && !refsChanged.getAsBoolean()) {
            return;
        }
        RangeHashes range = RangeHashes.read(writer.commitPages(repo));
        Resume cursor = log.resumeAt();
        int from = cursor == null ? 0 : branches.indexOf(cursor.text("ref"));
        if (from < 0) {
            log.restart();
            cursor = null;
            from = 0;
        }
        for (int i = from; i < branches.size(); i++) {
            String ref = branches.get(i);
            String resumeNext = cursor != null && i == from ? cursor.text("next") : null;
            URI url = resumeNext != null ? ApiUrls.link(base, resumeNext, "the cached next link of " + source)
                    : first(ref);
            String what = "merged pull requests of " + workspace + "/" + repo + " into " + ref;
            PageTrail trail = context.trail(what);
            trail.visit(url);
            while (url != null) {
                HttpBody body = context.get(http, url, what);
                ObjectNode page = parse(body.body(), url);
                JsonNode values = page.path("values");
                for (JsonNode value : values) {
                    if (value.isObject()) {
                        ((ObjectNode) value).set("commits", commits((ObjectNode) value, range));
                    }
                }
                URI next = nextLink(page, url);
                if (next != null) {
                    trail.visit(next);
                }
                Resume resume = next != null ? Resume.of("ref", ref).with("next", next.toString())
                        : i + 1 < branches.size() ? Resume.of("ref", branches.get(i + 1)) : null;
                int number = log.page(bytes(page), resume);
                context.page(source, ref, number, values.size());
                url = next;
            }
        }
    }

    private URI first(String ref) {
        String q = "destination.branch.name=\"" + ref.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return ApiUrls.resolve(base, "/2.0/repositories/" + ApiUrls.encode(workspace) + "/" + ApiUrls.encode(repo)
                + "/pullrequests", "state=MERGED&q=" + ApiUrls.encode(q) + "&pagelen=50");
    }

    private ArrayNode commits(ObjectNode pr, RangeHashes range) {
        ArrayNode out = MAPPER.createArrayNode();
        JsonNode merge = pr.path("merge_commit").path("hash");
        if (!merge.isTextual() || !range.contains(merge.asText()) || !pr.path("id").canConvertToLong()) {
            return out;
        }
        long id = pr.path("id").asLong();
        JsonNode href = pr.path("links").path("commits").path("href");
        URI url = href.isTextual() ? ApiUrls.link(base, href.asText(), "the commits link of pull request #" + id)
                : ApiUrls.resolve(base, "/2.0/repositories/" + ApiUrls.encode(workspace) + "/" + ApiUrls.encode(repo)
                        + "/pullrequests/" + id + "/commits", null);
        url = withQuery(url, "pagelen", "100");
        url = withQuery(url, "fields", "next,values.hash");
        String what = "commits of pull request #" + id + " of " + workspace + "/" + repo;
        PageTrail trail = context.trail(what);
        trail.visit(url);
        while (url != null) {
            HttpBody body = context.get(http, url, what);
            ObjectNode page = parse(body.body(), url);
            for (JsonNode commit : page.path("values")) {
                JsonNode hash = commit.path("hash");
                if (hash.isTextual() && !hash.asText().isBlank()) {
                    out.addObject().put("hash", hash.asText());
                }
            }
            url = nextLink(page, url);
            if (url != null) {
                trail.visit(url);
            }
        }
        return out;
    }

    private URI nextLink(ObjectNode page, URI url) {
        JsonNode next = page.path("next");
        if (!next.isTextual() || next.asText().isBlank()) {
            return null;
        }
        URI uri = ApiUrls.link(base, next.asText(), "the next link of " + url);
        if (uri.equals(url)) {
            throw new AuditException(source + ": the next link of " + url + " points to itself; stopping instead of"
                    + " looping");
        }
        return uri;
    }

    /** Adds {@code name=value} unless the link already has that parameter. */
    private static URI withQuery(URI url, String name, String value) {
        String query = url.getRawQuery();
        if (query != null && ("&" + query).contains("&" + name + "=")) {
            return url;
        }
        String text = url.toString();
        int hash = text.indexOf('#');
        String head = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : text.substring(hash);
        return URI.create(head + (query == null ? "?" : "&") + name + "=" + value + fragment);
    }

    private static ObjectNode parse(byte[] body, URI url) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject() || !node.path("values").isArray()) {
                throw new AuditException("Bitbucket Cloud pull requests page " + url + ": no 'values' array");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new AuditException("Bitbucket Cloud pull requests page " + url + ": the response is not valid JSON");
        }
    }

    private static byte[] bytes(ObjectNode page) {
        try {
            return MAPPER.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new AuditException("cannot serialise a pull requests page: " + e.getMessage());
        }
    }
}
