package io.releasecopilot.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the manifest of a new fetch from the request and the manifest found in the cache (or none):
 * entries asked for in the same way are carried over with their pages, cursors and heads; the others start
 * empty; entries no longer asked for are left out.
 *
 * @param state    the manifest to write
 * @param repoDirs the directory name of each repository, by name
 */
record ManifestBuilder(ManifestState state, Map<String, String> repoDirs) {

    static ManifestBuilder build(ManifestState old, CacheRequest request, String now) {
        ManifestState state = new ManifestState();
        state.fixVersion = request.fixVersion();
        state.createdAt = old != null && old.createdAt != null ? old.createdAt : now;
        state.updatedAt = now;
        state.jira = jira(old, request.jira());
        Map<String, String> repoDirs = CacheDirs.names(request.repositories().stream()
                .map(CacheRequest.Repo::name).toList());
        for (CacheRequest.Repo repo : request.repositories()) {
            state.repositories.add(repo(old, repo, repoDirs.get(repo.name())));
        }
        return new ManifestBuilder(state, repoDirs);
    }

    private static ManifestState.JiraEntry jira(ManifestState old, CacheRequest.Jira request) {
        ManifestState.JiraEntry entry = old != null && old.jira != null && old.jira.sameRequest(request)
                ? old.jira : new ManifestState.JiraEntry();
        entry.flavor = request.flavor();
        entry.baseUrl = request.baseUrl();
        entry.browseUrl = request.browseUrl();
        entry.jql = request.jql();
        return entry;
    }

    private static ManifestState.RepoEntry repo(ManifestState old, CacheRequest.Repo request, String repoDir) {
        ManifestState.RepoEntry previous = null;
        if (old != null) {
            for (ManifestState.RepoEntry candidate : old.repositories) {
                if (request.name().equals(candidate.name) && candidate.sameRequest(request)) {
                    previous = candidate;
                }
            }
        }
        ManifestState.RepoEntry entry = new ManifestState.RepoEntry();
        entry.name = request.name();
        entry.workspace = request.workspace();
        entry.flavor = request.flavor();
        entry.baseUrl = request.baseUrl();
        entry.commitUrlPrefix = request.commitUrlPrefix();
        Map<String, String> refDirs = CacheDirs.names(request.refNames());
        for (CacheRequest.Ref ref : request.refs()) {
            ManifestState.RefEntry carried = previous == null ? null : previous.ref(ref.ref());
            ManifestState.RefEntry refEntry = carried != null && carried.sameRequest(ref) ? carried : fresh(ref);
            refEntry.dir = "bitbucket/" + repoDir + "/" + refDirs.get(ref.ref());
            entry.refs.add(refEntry);
        }
        if (request.pullRequests()) {
            List<String> branches = request.refNames();
            ManifestState.PullRequestEntry carried = previous == null ? null : previous.pullRequests;
            if (carried != null && carried.branches.equals(branches)) {
                entry.pullRequests = carried;
            } else {
                entry.pullRequests = new ManifestState.PullRequestEntry();
                entry.pullRequests.branches = new ArrayList<>(branches);
            }
        }
        return entry;
    }

    private static ManifestState.RefEntry fresh(CacheRequest.Ref ref) {
        ManifestState.RefEntry entry = new ManifestState.RefEntry();
        entry.ref = ref.ref();
        entry.sinceRef = ref.sinceRef();
        entry.since = ManifestState.text(ref.since());
        entry.until = ManifestState.text(ref.until());
        return entry;
    }
}
