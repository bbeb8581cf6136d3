package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.model.Commit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Streams one Bitbucket Data Center 1.0 commits page
 * ({@code GET /rest/api/1.0/projects/{key}/repos/{slug}/commits}) into {@link Commit} records.
 */
public final class DataCenterCommitParser extends CommitPageParser {

    private static final String LABEL = "Bitbucket Data Center commits page";

    /**
     * One parsed page.
     *
     * @param commits    the commits in page order
     * @param isLastPage    the page's {@code isLastPage}
     * @param nextPageStart the page's {@code nextPageStart}, or null
     * @param start         the page's {@code start}, or null
     */
    public record Page(CacheFile file, List<Commit> commits, boolean isLastPage, Long nextPageStart, Long start,
            String dateWarning) {
    }

    private final String repo;
    private final List<String> branches;

    private String displayName;
    private String userName;
    private String email;

    public DataCenterCommitParser(CacheFile file, String repo, List<String> branches) {
        super(file, "values");
        this.repo = repo;
        this.branches = branches;
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
        List<Commit> commits = null;
        Boolean isLastPage = null;
        Long nextPageStart = null;
        Long start = null;
        boolean cloudPaging = false;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "values":
                    if (t != JsonToken.START_ARRAY) {
                        throw CacheJson.wrongType(file, "values", t, "an array");
                    }
                    commits = values(p);
                    break;
                case "isLastPage":
                    isLastPage = CacheJson.bool(p, file, "isLastPage");
                    break;
                case "nextPageStart":
                    nextPageStart = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    p.skipChildren();
                    break;
                case "start":
                    start = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : null;
                    p.skipChildren();
                    break;
                case "next":
                case "pagelen":
                    cloudPaging = true;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (commits == null) {
            throw fail("not a " + LABEL + " (no 'values')");
        }
        if (isLastPage == null) {
            throw fail("not a " + LABEL + " (no 'isLastPage'" + (cloudPaging ? "; looks like Bitbucket Cloud" : "")
                    + ")");
        }
        return new Page(file, commits, isLastPage, nextPageStart, start, dateWarning());
    }

    @Override
    public Commit commit(JsonParser p, int i) throws IOException {
        String id = null;
        String message = null;
        Instant date = null;
        int parents = 0;
        boolean hasHash = false;
        displayName = null;
        userName = null;
        email = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "id":
                    id = str(p, t, i, "id");
                    break;
                case "authorTimestamp":
                    date = epochMillis(p, t, i);
                    break;
                case "message":
                    message = str(p, t, i, "message");
                    break;
                case "author":
                    if (isObject(t, i, "author")) {
                        author(p, i);
                    }
                    break;
                case "parents":
                    parents = isArray(t, i, "parents") ? countElements(p) : 0;
                    break;
                case "hash":
                    hasHash = true;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (id == null || id.isBlank()) {
            throw fail(hasHash ? "not a " + LABEL + " (no 'values[].id'; looks like Bitbucket Cloud)"
                    : path(i, "") + " has no 'id'");
        }
        String author = displayName != null ? displayName : userName;
        return new Commit(repo, CloudCommitParser.lower(id), date, author, email, message, branches, parents);
    }

    private Instant epochMillis(JsonParser p, JsonToken t, int i) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochMilli(p.getLongValue());
        }
        String digits = t == JsonToken.VALUE_STRING ? p.getText().strip() : "";
        // at most 18 digits: a longer string is no epoch millisecond and is read (and counted) as a bad date
        if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Instant.ofEpochMilli(Long.parseLong(digits));
        }
        return date(p, t, i, "authorTimestamp");
    }

    private void author(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "displayName":
                    displayName = text(p, t, i, "author.displayName");
                    break;
                case "name":
                    userName = text(p, t, i, "author.name");
                    break;
                case "emailAddress":
                    email = text(p, t, i, "author.emailAddress");
                    break;
                default:
                    p.skipChildren();
            }
        }
    }
}
