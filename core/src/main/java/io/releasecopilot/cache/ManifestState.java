package io.releasecopilot.cache;

import io.releasecopilot.model.SourceFlavor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The writer's view of {@code manifest.json}: every field the layout defines, mutable, and guarded by the
 * {@link CacheWriter}'s lock. {@link ManifestCodec} loads and stores it.
 */
final class ManifestState {

    String fixVersion;
    String createdAt;
    String updatedAt;
    JiraEntry jira;
    final List<RepoEntry> repositories = new ArrayList<>();

    /** What every fetched entry has: its pages in order, whether the last one arrived, and the cursor. */
    abstract static class Paged {
        List<String> pages = new ArrayList<>();
        boolean complete;
        Resume resume;
    }

    /** The Jira search. */
    static final class JiraEntry extends Paged {
        SourceFlavor flavor;
        String baseUrl;
        String browseUrl;
        String jql;

        boolean sameRequest(CacheRequest.Jira request) {
            return flavor == request.flavor() && Objects.equals(baseUrl, request.baseUrl())
                    && Objects.equals(jql, request.jql());
        }
    }

    /** One repository. */
    static final class RepoEntry {
        String name;
        String workspace;
        SourceFlavor flavor;
        String baseUrl;
        String commitUrlPrefix;
        final List<RefEntry> refs = new ArrayList<>();
        PullRequestEntry pullRequests;

        boolean sameRequest(CacheRequest.Repo request) {
            return Objects.equals(name, request.name()) && Objects.equals(workspace, request.workspace())
                    && flavor == request.flavor() && Objects.equals(baseUrl, request.baseUrl());
        }

        RefEntry ref(String ref) {
            for (RefEntry entry : refs) {
                if (entry.ref.equals(ref)) {
                    return entry;
                }
            }
            return null;
        }
    }

    /**
     * One ref. While an incremental update is under way, {@code stopAt} holds the head of the previous complete
     * fetch and the first {@code newPages} pages are the new ones; the pages after them are the previous fetch.
     */
    static final class RefEntry extends Paged {
        String ref;
        String sinceRef;
        String since;
        String until;
        String head;
        String stopAt;
        int newPages;
        /** Where new pages of this ref go, relative to the cache root; not stored. */
        String dir;

        boolean sameRequest(CacheRequest.Ref request) {
            return Objects.equals(ref, request.ref()) && Objects.equals(sinceRef, request.sinceRef())
                    && Objects.equals(since, text(request.since())) && Objects.equals(until, text(request.until()));
        }
    }

    /** Merged pull requests into the refs {@code branches}. */
    static final class PullRequestEntry extends Paged {
        List<String> branches = new ArrayList<>();
    }

    /** Returns whether every fetch is complete: the Jira search, every ref and every pull request fetch. */
    boolean complete() {
        if (jira == null || !jira.complete) {
            return false;
        }
        for (RepoEntry repo : repositories) {
            if (repo.refs.stream().anyMatch(ref -> !ref.complete)
                    || repo.pullRequests != null && !repo.pullRequests.complete) {
                return false;
            }
        }
        return true;
    }

    /** Returns every page listed. */
    Set<String> pages() {
        Set<String> pages = new HashSet<>();
        if (jira != null) {
            pages.addAll(jira.pages);
        }
        for (RepoEntry repo : repositories) {
            repo.refs.forEach(ref -> pages.addAll(ref.pages));
            if (repo.pullRequests != null) {
                pages.addAll(repo.pullRequests.pages);
            }
        }
        return pages;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
