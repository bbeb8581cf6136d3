package io.releasecopilot.cache;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.releasecopilot.common.Dates;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code manifest.json} (layout {@code release-copilot-cache/v1}, docs/cache-layout.md) as one immutable record
 * tree, read and written with Jackson databind in the documented field order. The reader uses the parts it needs;
 * the {@link CacheWriter} replaces the whole tree after every page. Reading checks the {@code layout} first, then
 * the type of every field, and fails with one line naming the file and the first wrong field; unknown fields are
 * ignored (adding an optional field does not change the layout). Page paths are as written, relative to the
 * cache root.
 *
 * @param updatedAt    when the manifest was last written, or null
 * @param repositories the Bitbucket fetches, in manifest order
 */
public record Manifest(String layout, String fixVersion, String createdAt, String updatedAt, Jira jira,
        List<Repo> repositories) {

    /** The layout value this cache understands. */
    public static final String LAYOUT = "release-copilot-cache/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new SimpleModule().addSerializer(new StdSerializer<>(SourceFlavor.class) {
                @Override
                public void serialize(SourceFlavor value, JsonGenerator g, SerializerProvider provider)
                        throws IOException {
                    g.writeString(value == SourceFlavor.DATACENTER ? "datacenter" : "cloud");
                }
            }));

    public Manifest {
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }

    /** What every fetch entry has: its pages in order, whether the last one arrived, and where to resume. */
    public interface Paged {
        boolean complete();

        List<String> pages();

        Resume resume();
    }

    /**
     * The Jira search.
     *
     * @param flavor    CLOUD ({@code search/jql} pages) or DATACENTER ({@code search} pages)
     * @param baseUrl   the site the search went to
     * @param browseUrl the base of issue links, or null
     * @param jql       the JQL sent
     */
    public record Jira(SourceFlavor flavor, String baseUrl, String browseUrl, String jql, boolean complete,
            List<String> pages, Resume resume) implements Paged {

        public Jira {
            browseUrl = browseUrl == null || browseUrl.isBlank() ? null : browseUrl;
            pages = pages == null ? List.of() : List.copyOf(pages);
        }

        Jira withPages(List<String> newPages, Resume next) {
            return new Jira(flavor, baseUrl, browseUrl, jql, next == null, newPages, next);
        }

        boolean sameRequest(CacheRequest.Jira request) {
            return flavor == request.flavor() && Objects.equals(baseUrl, request.baseUrl())
                    && Objects.equals(jql, request.jql());
        }
    }

    /**
     * One repository.
     *
     * @param baseUrl         the API base the pages came from
     * @param commitUrlPrefix the web address of a commit without its hash, or null
     * @param pullRequests    the merged pull request fetch, or null when none was asked for
     */
    public record Repo(String name, String workspace, SourceFlavor flavor, String baseUrl, String commitUrlPrefix,
            List<Ref> refs, @JsonInclude(JsonInclude.Include.NON_NULL) PullRequests pullRequests) {

        public Repo {
            commitUrlPrefix = commitUrlPrefix == null || commitUrlPrefix.isBlank() ? null : commitUrlPrefix;
            refs = refs == null ? List.of() : List.copyOf(refs);
        }

        Repo withRef(int index, Ref ref) {
            List<Ref> changed = new ArrayList<>(refs);
            changed.set(index, ref);
            return new Repo(name, workspace, flavor, baseUrl, commitUrlPrefix, changed, pullRequests);
        }

        Repo withPullRequests(PullRequests changed) {
            return new Repo(name, workspace, flavor, baseUrl, commitUrlPrefix, refs, changed);
        }
    }

    /**
     * One ref. While an incremental update is under way, {@code update} holds the head of the previous complete
     * fetch and how many of the first pages are new; the pages after them are the previous fetch.
     *
     * @param sinceRef the previous release ref whose history is excluded, or null
     * @param since    the first day of the date window (or a timestamp), or null
     * @param until    the last day of the date window, included whole (or a timestamp), or null
     * @param head     the newest commit of the fetch, or null
     */
    public record Ref(String ref, String sinceRef, String since, String until, boolean complete, String head,
            List<String> pages, Resume resume, @JsonInclude(JsonInclude.Include.NON_NULL) Update update)
            implements Paged {

        public Ref {
            pages = pages == null ? List.of() : List.copyOf(pages);
            if (update != null) {
                update = update.stopAt() == null ? null
                        : new Update(update.stopAt(), Math.max(0, Math.min(update.newPages(), pages.size())));
            }
        }

        /** Returns the date window; the bounds were checked when the manifest was read. */
        Window window() {
            return new Window(bound(since, false), bound(until, true));
        }

        boolean sameRequest(CacheRequest.Ref request) {
            return Objects.equals(ref, request.ref())
                    && Objects.equals(sinceRef, request.sinceRef())
                    && Objects.equals(since, text(request.since()))
                    && Objects.equals(until, text(request.until()));
        }
    }

    /** An incremental update under way: the cached head paging stops at, and the number of new pages. */
    public record Update(String stopAt, int newPages) {
    }

    /** Merged pull requests into the refs {@code branches}. */
    public record PullRequests(List<String> branches, boolean complete, List<String> pages, Resume resume)
            implements Paged {

        public PullRequests {
            branches = branches == null ? List.of() : List.copyOf(branches);
            pages = pages == null ? List.of() : List.copyOf(pages);
        }

        PullRequests withPages(List<String> newPages, Resume next) {
            return new PullRequests(branches, next == null, newPages, next);
        }
    }

    /**
     * A ref's date window.
     *
     * @param from the start (inclusive), or null
     * @param to   the end (exclusive), or null
     */
    public record Window(Instant from, Instant to) {

        /** Returns whether the ref has a date window. */
        public boolean windowed() {
            return from != null || to != null;
        }

        /** Returns whether a commit of this date lies in the window; an unknown date is kept. */
        public boolean contains(Instant date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /** Returns whether every fetch is complete: the Jira search, every ref and every pull request fetch. */
    boolean complete() {
        return jira != null && jira.complete() && repositories.stream().allMatch(repo -> repo.refs().stream()
                .allMatch(Ref::complete) && (repo.pullRequests() == null || repo.pullRequests().complete()));
    }

    /** Returns every page listed. */
    Set<String> allPages() {
        Set<String> pages = new HashSet<>();
        if (jira != null) {
            pages.addAll(jira.pages());
        }
        for (Repo repo : repositories) {
            repo.refs().forEach(ref -> pages.addAll(ref.pages()));
            if (repo.pullRequests() != null) {
                pages.addAll(repo.pullRequests().pages());
            }
        }
        return pages;
    }

    Manifest withUpdatedAt(String now) {
        return new Manifest(layout, fixVersion, createdAt, now, jira, repositories);
    }

    Manifest withJira(Jira changed) {
        return new Manifest(layout, fixVersion, createdAt, updatedAt, changed, repositories);
    }

    Manifest withRepo(int index, UnaryOperator<Repo> change) {
        List<Repo> changed = new ArrayList<>(repositories);
        changed.set(index, change.apply(changed.get(index)));
        return new Manifest(layout, fixVersion, createdAt, updatedAt, jira, changed);
    }

    /**
     * Returns the manifest of a new fetch: entries of {@code old} (or none) asked for in the same way are carried
     * over with their pages, cursors and heads; the others start empty; entries no longer asked for are left out.
     */
    static Manifest next(Manifest old, CacheRequest request, String now) {
        Jira jira = new Jira(request.jira().flavor(), request.jira().baseUrl(), request.jira().browseUrl(),
                request.jira().jql(), false, List.of(), null);
        if (old != null && old.jira() != null && old.jira().sameRequest(request.jira())) {
            Jira carried = old.jira();
            jira = new Jira(jira.flavor(), jira.baseUrl(), jira.browseUrl(), jira.jql(), carried.complete(),
                    carried.pages(), carried.resume());
        }
        List<Repo> repos = new ArrayList<>();
        for (CacheRequest.Repo repo : request.repositories()) {
            repos.add(repo(old, repo));
        }
        return new Manifest(LAYOUT, request.fixVersion(),
                old != null && old.createdAt() != null ? old.createdAt() : now, now, jira, repos);
    }

    private static Repo repo(Manifest old, CacheRequest.Repo request) {
        Repo previous = null;
        for (Repo candidate : old == null ? List.<Repo>of() : old.repositories()) {
            if (request.name().equals(candidate.name()) && Objects.equals(request.workspace(),
                    candidate.workspace()) && request.flavor() == candidate.flavor()
                    && Objects.equals(request.baseUrl(), candidate.baseUrl())) {
                previous = candidate;
            }
        }
        List<Ref> refs = new ArrayList<>();
        for (CacheRequest.Ref ref : request.refs()) {
            Ref carried = previous == null ? null : previous.refs().stream()
                    .filter(r -> r.ref().equals(ref.ref())).findFirst().orElse(null);
            refs.add(carried != null && carried.sameRequest(ref) ? carried : new Ref(ref.ref(), ref.sinceRef(),
                    text(ref.since()), text(ref.until()), false, null, List.of(), null, null));
        }
        PullRequests pullRequests = null;
        if (request.pullRequests()) {
            PullRequests carried = previous == null ? null : previous.pullRequests();
            pullRequests = carried != null && carried.branches().equals(request.refNames()) ? carried
                    : new PullRequests(request.refNames(), false, List.of(), null);
        }
        return new Repo(request.name(), request.workspace(), request.flavor(), request.baseUrl(),
                request.commitUrlPrefix(), refs, pullRequests);
    }

    /** Reads {@code file}; fails with a one-line error naming it and, for a wrong value, the field. */
    static Manifest read(CacheFile file) {
        JsonNode root = CacheJson.read(file, MAPPER::readTree);
        String problem = new ManifestCheck().check((ObjectNode) root);
        if (problem != null) {
            throw file.fail(problem);
        }
        try {
            return MAPPER.treeToValue(root, Manifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw file.fail("cannot read (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** Writes this manifest as pretty-printed JSON, in the documented field order. */
    void write(OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, this);
        out.write('\n');
    }

    /**
     * Reads a date window bound: a day ({@code 2026-03-31}, UTC; an {@code until} day is included whole) or a
     * timestamp. Returns the inclusive start, or the exclusive end when {@code end}; null when blank or unreadable.
     */
    static Instant bound(String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Instant instant = Dates.parse(v);
        return instant == null ? null : end ? instant.plusNanos(1) : instant;
    }

    /** Returns the flavor a manifest value names ({@code cloud} or {@code datacenter}), or null. */
    static SourceFlavor flavor(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "cloud":
                return SourceFlavor.CLOUD;
            case "datacenter":
                return SourceFlavor.DATACENTER;
            default:
                return null;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
