package io.releasecopilot.cache;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streams {@code manifest.json} into a {@link Manifest}. The {@code layout} is checked before anything else,
 * so a manifest of another layout is reported as such even when the rest of it looks different; otherwise
 * the first problem found (a wrong type, a missing required field) is reported. Unknown fields are ignored:
 * adding an optional field does not change the layout.
 */
final class ManifestParser {

    private final CacheFile file;
    private String problem;

    private ManifestParser(CacheFile file) {
        this.file = file;
    }

    /** Parses {@code file}; fails with a one-line error naming it. */
    static Manifest parse(CacheFile file) {
        return new ManifestParser(file).run();
    }

    private Manifest run() {
        return CacheJson.read(file, this::root);
    }

    private Manifest root(JsonParser p) throws IOException {
        String layout = null;
        boolean hasLayout = false;
        String fixVersion = null;
        String updatedAt = null;
        Manifest.Jira jira = null;
        List<Manifest.Repo> repositories = new ArrayList<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "layout":
                    hasLayout = true;
                    layout = t.isScalarValue() ? p.getText() : null;
                    p.skipChildren();
                    break;
                case "fixVersion":
                    fixVersion = string(p, t, "fixVersion");
                    break;
                case "updatedAt":
                    updatedAt = string(p, t, "updatedAt");
                    break;
                case "jira":
                    if (object(p, t, "jira")) {
                        jira = jira(p);
                    }
                    break;
                case "repositories":
                    if (array(p, t, "repositories")) {
                        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
                            if (object(p, t, "repositories[" + i + "]")) {
                                repositories.add(repo(p, "repositories[" + i + "]"));
                            }
                        }
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (!hasLayout) {
            throw file.fail("no 'layout'; expected \"" + Manifest.LAYOUT + "\"");
        }
        if (!Manifest.LAYOUT.equals(layout)) {
            throw file.fail("layout is " + (layout == null ? "not a string" : "\"" + layout + "\"") + ", expected \""
                    + Manifest.LAYOUT + "\"");
        }
        if (problem == null && (fixVersion == null || fixVersion.isBlank())) {
            problem("no 'fixVersion'");
        }
        if (problem == null && jira == null) {
            problem("no 'jira' section");
        }
        if (problem != null) {
            throw file.fail(problem);
        }
        return new Manifest(fixVersion, updatedAt, jira, List.copyOf(repositories));
    }

    private Manifest.Jira jira(JsonParser p) throws IOException {
        SourceFlavor flavor = null;
        String browseUrl = null;
        boolean complete = false;
        List<String> pages = List.of();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "flavor":
                    flavor = flavor(p, t, "jira.flavor");
                    break;
                case "browseUrl":
                    browseUrl = string(p, t, "jira.browseUrl");
                    break;
                case "complete":
                    complete = bool(p, t, "jira.complete");
                    break;
                case "pages":
                    pages = pages(p, t, "jira.pages");
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (flavor == null) {
            problem("no 'jira.flavor' (\"cloud\" or \"datacenter\")");
        }
        return new Manifest.Jira(flavor, blankToNull(browseUrl), complete, pages);
    }

    private Manifest.Repo repo(JsonParser p, String at) throws IOException {
        String repoName = null;
        String workspace = null;
        SourceFlavor flavor = null;
        String commitUrlPrefix = null;
        List<Manifest.Ref> refs = new ArrayList<>();
        Manifest.Fetch pullRequests = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "name":
                    repoName = string(p, t, at + ".name");
                    break;
                case "workspace":
                    workspace = string(p, t, at + ".workspace");
                    break;
                case "flavor":
                    flavor = flavor(p, t, at + ".flavor");
                    break;
                case "commitUrlPrefix":
                    commitUrlPrefix = string(p, t, at + ".commitUrlPrefix");
                    break;
                case "refs":
                    if (array(p, t, at + ".refs")) {
                        for (int j = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; j++) {
                            String refAt = at + ".refs[" + j + "]";
                            if (object(p, t, refAt)) {
                                refs.add(ref(p, refAt));
                            }
                        }
                    }
                    break;
                case "pullRequests":
                    if (t != JsonToken.VALUE_NULL && object(p, t, at + ".pullRequests")) {
                        pullRequests = fetch(p, at + ".pullRequests");
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (repoName == null || repoName.isBlank()) {
            problem(at + " has no 'name'");
        }
        if (flavor == null) {
            problem(at + " has no 'flavor' (\"cloud\" or \"datacenter\")");
        }
        return new Manifest.Repo(repoName, workspace, flavor, blankToNull(commitUrlPrefix), List.copyOf(refs),
                pullRequests);
    }

    private Manifest.Ref ref(JsonParser p, String at) throws IOException {
        String ref = null;
        Instant from = null;
        Instant to = null;
        boolean complete = false;
        List<String> pages = List.of();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "ref":
                    ref = string(p, t, at + ".ref");
                    break;
                case "since":
                    from = windowBound(string(p, t, at + ".since"), false, at + ".since");
                    break;
                case "until":
                    to = windowBound(string(p, t, at + ".until"), true, at + ".until");
                    break;
                case "complete":
                    complete = bool(p, t, at + ".complete");
                    break;
                case "pages":
                    pages = pages(p, t, at + ".pages");
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (ref == null || ref.isBlank()) {
            problem(at + " has no 'ref'");
        }
        return new Manifest.Ref(ref, complete, pages, from, to);
    }

    /**
     * Reads a date window bound: a day ({@code 2026-03-31}, UTC; an {@code until} day is included whole) or a
     * timestamp. Returns the inclusive start, or the exclusive end when {@code end}.
     */
    private Instant windowBound(String value, boolean end, String at) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                problem("'" + at + "' is \"" + value + "\", expected a date (YYYY-MM-DD) or a timestamp");
                return null;
            }
        }
        Instant instant = Dates.parse(v);
        if (instant == null) {
            problem("'" + at + "' is \"" + value + "\", expected a date (YYYY-MM-DD) or a timestamp");
            return null;
        }
        return end ? instant.plusNanos(1) : instant;
    }

    private Manifest.Fetch fetch(JsonParser p, String at) throws IOException {
        boolean complete = false;
        List<String> pages = List.of();
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("complete".equals(name)) {
                complete = bool(p, t, at + ".complete");
            } else if ("pages".equals(name)) {
                pages = pages(p, t, at + ".pages");
            } else {
                p.skipChildren();
            }
        }
        return new Manifest.Fetch(complete, pages);
    }

    private List<String> pages(JsonParser p, JsonToken t, String at) throws IOException {
        if (!array(p, t, at)) {
            return List.of();
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; (t = p.nextToken()) != JsonToken.END_ARRAY; i++) {
            String page = string(p, t, at + "[" + i + "]");
            if (page != null && !page.isBlank()) {
                pages.add(page);
            } else if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NULL) {
                problem("'" + at + "[" + i + "]' is empty");
            }
        }
        return List.copyOf(pages);
    }

    private SourceFlavor flavor(JsonParser p, JsonToken t, String at) throws IOException {
        String value = string(p, t, at);
        if (value == null) {
            return null;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "cloud":
                return SourceFlavor.CLOUD;
            case "datacenter":
                return SourceFlavor.DATACENTER;
            default:
                problem("'" + at + "' is \"" + value + "\", expected \"cloud\" or \"datacenter\"");
                return null;
        }
    }

    private String string(JsonParser p, JsonToken t, String at) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            mismatch(p, t, at, "a string");
        }
        return null;
    }

    private boolean bool(JsonParser p, JsonToken t, String at) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        mismatch(p, t, at, "a boolean");
        return false;
    }

    private boolean object(JsonParser p, JsonToken t, String at) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        mismatch(p, t, at, "an object");
        return false;
    }

    private boolean array(JsonParser p, JsonToken t, String at) throws IOException {
        if (t == JsonToken.START_ARRAY) {
            return true;
        }
        mismatch(p, t, at, "an array");
        return false;
    }

    private void mismatch(JsonParser p, JsonToken t, String at, String expected) throws IOException {
        problem("'" + at + "' is " + CacheJson.describe(t) + ", expected " + expected);
        p.skipChildren();
    }

    private void problem(String text) {
        if (problem == null) {
            problem = text;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
