package io.releasecopilot.source.bitbucket;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.model.Commit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Streams one Bitbucket Cloud 2.0 commits page ({@code GET /2.0/repositories/{ws}/{repo}/commits/{rev}}) or
 * one predecessor Bitbucket file (the same {@code values}, plus {@code workspace}, {@code repository} and
 * {@code branch} at the top) into {@link Commit} records of one repository and ref.
 */
public final class CloudCommitParser extends CommitPageParser {

    /**
     * One parsed page.
     *
     * @param commits     the commits in page order
     * @param next        the page's {@code next} link, or null when it is the last
     * @param htmlHref    the {@code links.html.href} of the first commit that has one, when asked for
     * @param dateWarning a warning about unreadable dates, or null
     */
    public record Page(CacheFile file, List<Commit> commits, String next, String htmlHref, String dateWarning) {

        /** Returns whether the page links a {@code next} page. */
        public boolean hasNext() {
            return next != null;
        }
    }

    private final String repo;
    private final List<String> branches;
    private final String label;
    private String htmlHref;
    private boolean wantHref;

    private String message;
    private String summaryRaw;
    private String authorRaw;
    private String displayName;

    /**
     * @param repo        the pooled repository slug
     * @param branches    the shared {@code List.of(ref)} every commit gets
     * @param wantHref    whether to capture {@code links.html.href} (to derive the commit URL prefix)
     * @param predecessor whether the file is the predecessor's rather than an API page
     */
    public CloudCommitParser(CacheFile file, String repo, List<String> branches, boolean wantHref,
            boolean predecessor) {
        super(file, "values");
        this.repo = repo;
        this.branches = branches;
        this.wantHref = wantHref;
        this.label = predecessor ? "predecessor Bitbucket file" : "Bitbucket Cloud commits page";
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
        String next = null;
        boolean dataCenterPaging = false;
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
                case "next":
                    next = t == JsonToken.VALUE_STRING && !p.getText().isBlank() ? p.getText() : null;
                    p.skipChildren();
                    break;
                case "isLastPage":
                case "nextPageStart":
                    dataCenterPaging = true;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (commits == null) {
            throw fail("not a " + label + " (no 'values')");
        }
        if (dataCenterPaging && commits.isEmpty()) {
            throw fail("not a " + label + " (has 'isLastPage'; looks like Bitbucket Data Center)");
        }
        return new Page(file, commits, next, htmlHref, dateWarning());
    }

    @Override
    public Commit commit(JsonParser p, int i) throws IOException {
        String hash = null;
        Instant date = null;
        int parents = 0;
        boolean hasId = false;
        message = null;
        summaryRaw = null;
        authorRaw = null;
        displayName = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "hash":
                    hash = str(p, t, i, "hash");
                    break;
                case "date":
                    date = date(p, t, i, "date");
                    break;
                case "message":
                    message = str(p, t, i, "message");
                    break;
                case "summary":
                    summary(p, t, i);
                    break;
                case "author":
                    if (isObject(t, i, "author")) {
                        author(p, i);
                    }
                    break;
                case "parents":
                    parents = isArray(t, i, "parents") ? countElements(p) : 0;
                    break;
                case "links":
                    if (wantHref && isObject(t, i, "links")) {
                        links(p, i);
                    } else {
                        p.skipChildren();
                    }
                    break;
                case "id":
                    hasId = true;
                    p.skipChildren();
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (hash == null || hash.isBlank()) {
            throw fail(hasId ? "not a " + label + " (no 'values[].hash'; looks like Bitbucket Data Center)"
                    : path(i, "") + " has no 'hash'");
        }
        String author = displayName;
        String email = null;
        if (authorRaw != null) {
            String[] parts = splitAuthor(authorRaw);
            email = parts[1];
            if (author == null) {
                author = parts[0] != null ? parts[0] : authorRaw;
            }
        }
        return new Commit(repo, lower(hash), date, author, email, message != null ? message : summaryRaw, branches,
                parents);
    }

    /** {@code summary} is {@code {raw, markup, html}}; its raw text stands in when {@code message} is absent. */
    private void summary(JsonParser p, JsonToken t, int i) throws IOException {
        if (message != null) {
            p.skipChildren();
        } else if (t == JsonToken.START_OBJECT) {
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if ("raw".equals(name)) {
                    summaryRaw = str(p, v, i, "summary.raw");
                } else {
                    p.skipChildren();
                }
            }
        } else {
            summaryRaw = str(p, t, i, "summary");
        }
    }

    private void author(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("raw".equals(name)) {
                authorRaw = text(p, t, i, "author.raw");
            } else if ("user".equals(name) && isObject(t, i, "author.user")) {
                displayName = member(p, "display_name", i, "author.user");
            } else {
                p.skipChildren();
            }
        }
    }

    private void links(JsonParser p, int i) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("html".equals(name) && isObject(t, i, "links.html")) {
                String href = member(p, "href", i, "links.html");
                if (href != null && !href.isBlank()) {
                    htmlHref = href;
                    wantHref = false;
                }
            } else {
                p.skipChildren();
            }
        }
    }

    public static String lower(String hash) {
        for (int i = 0; i < hash.length(); i++) {
            char c = hash.charAt(i);
            if (c >= 'A' && c <= 'Z' || Character.isWhitespace(c)) {
                return hash.strip().toLowerCase(Locale.ROOT);
            }
        }
        return hash;
    }

    /** Splits {@code author.raw} into {@code {name, email}}; the name is the whole value without {@code <mail>}. */
    static String[] splitAuthor(String raw) {
        if (raw == null) {
            return new String[2];
        }
        int lt = raw.lastIndexOf('<');
        int gt = raw.lastIndexOf('>');
        if (lt < 0 || gt < lt) {
            String name = raw.strip();
            return new String[] {name.isEmpty() ? null : name, null};
        }
        String name = raw.substring(0, lt).strip();
        String email = raw.substring(lt + 1, gt).strip();
        return new String[] {name.isEmpty() ? null : name, email.isEmpty() ? null : email};
    }
}
