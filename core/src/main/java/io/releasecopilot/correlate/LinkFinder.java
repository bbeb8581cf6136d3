package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import io.releasecopilot.model.IssueKeys;
import io.releasecopilot.model.PullRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the keys of one commit from every source and sorts them into links (keys of issues in the version)
 * and out-of-scope keys (other keys of audited projects); keys of other projects are dropped (README.md,
 * correlation rules 2 and 3).
 *
 * <p>Each key is reported once, in the order it was first seen (message, merged branch, PR title, PR branch,
 * override), with the first source of that order that gave it. For a merge commit, keys inside the merged
 * branch name are {@link LinkSource#MERGED_BRANCH} and all other keys of the message are
 * {@link LinkSource#MESSAGE}. For a commit with one parent the whole message is {@code MESSAGE}, even when it
 * reads like a merge (a squash merge's {@code Merged in feature/ABC-9 (pull request #3)}).
 *
 * <p>{@link Link} instances are shared between commits: one per key and source.
 */
final class LinkFinder {

    private static final int SOURCES = LinkSource.values().length;
    private static final Link[] IGNORED = new Link[0];

    /** The links and out-of-scope keys of a commit. */
    record Found(List<Link> links, List<Link> outOfScope) {
        static final Found NONE = new Found(List.of(), List.of());
    }

    /** The keys of one pull request, found once. */
    private record PullRequestKeys(List<String> title, List<String> branch) {
    }

    private final Set<String> auditedProjects;
    private final Map<String, Map<String, List<PullRequestKeys>>> pullRequests = new HashMap<>();
    /** The shared links of the keys in the version, by key and source ordinal. */
    private final Map<String, Link[]> inVersion;
    /** The shared links of other keys of audited projects, by key and source ordinal; {@link #IGNORED} for others. */
    private final Map<String, Link[]> outOfScope = new HashMap<>();

    LinkFinder(Set<String> inVersion, Set<String> auditedProjects, List<PullRequest> pullRequests) {
        this.inVersion = new HashMap<>(inVersion.size() * 2);
        inVersion.forEach(key -> this.inVersion.put(key, new Link[SOURCES]));
        this.auditedProjects = new HashSet<>(auditedProjects);
        for (PullRequest pullRequest : pullRequests) {
            PullRequestKeys keys = new PullRequestKeys(KeyExtractor.extract(pullRequest.title()),
                    KeyExtractor.extract(pullRequest.sourceBranch()));
            if (keys.title().isEmpty() && keys.branch().isEmpty()) {
                continue;
            }
            Map<String, List<PullRequestKeys>> byHash =
                    this.pullRequests.computeIfAbsent(pullRequest.repo(), repo -> new HashMap<>());
            for (String hash : pullRequest.commitHashes()) {
                byHash.computeIfAbsent(hash, h -> new ArrayList<>(1)).add(keys);
            }
        }
    }

    /** Returns the links of the commit, given the keys its overrides add. */
    Found find(Commit commit, List<String> overrideKeys) {
        List<PullRequestKeys> prs = pullRequestsOf(commit);
        if (!commit.merge() && prs.isEmpty() && overrideKeys.isEmpty()) {
            return simple(KeyExtractor.extract(commit.message()));
        }
        Map<String, LinkSource> found = new LinkedHashMap<>();
        if (commit.merge()) {
            int[] regions = MergeMessages.regions(commit.message());
            KeyExtractor.scan(commit.message(), (key, start, end) ->
                    add(found, key, inside(regions, start) ? LinkSource.MERGED_BRANCH : LinkSource.MESSAGE));
        } else {
            KeyExtractor.extract(commit.message()).forEach(key -> add(found, key, LinkSource.MESSAGE));
        }
        for (PullRequestKeys pr : prs) {
            pr.title().forEach(key -> add(found, key, LinkSource.PR_TITLE));
        }
        for (PullRequestKeys pr : prs) {
            pr.branch().forEach(key -> add(found, key, LinkSource.PR_BRANCH));
        }
        overrideKeys.forEach(key -> add(found, key, LinkSource.OVERRIDE));
        List<Link> in = new ArrayList<>(found.size());
        List<Link> out = new ArrayList<>(0);
        found.forEach((key, source) -> {
            Link link = inVersion(key, source);
            if (link != null) {
                in.add(link);
            } else {
                link = outOfScope(key, source);
                if (link != null) {
                    out.add(link);
                }
            }
        });
        return new Found(List.copyOf(in), List.copyOf(out));
    }

    private Found simple(List<String> keys) {
        if (keys.isEmpty()) {
            return Found.NONE;
        }
        if (keys.size() == 1) {
            Link link = inVersion(keys.get(0), LinkSource.MESSAGE);
            if (link != null) {
                return new Found(List.of(link), List.of());
            }
            link = outOfScope(keys.get(0), LinkSource.MESSAGE);
            return link == null ? Found.NONE : new Found(List.of(), List.of(link));
        }
        List<Link> in = new ArrayList<>(keys.size());
        List<Link> out = new ArrayList<>(0);
        for (String key : keys) {
            Link link = inVersion(key, LinkSource.MESSAGE);
            if (link != null) {
                in.add(link);
            } else {
                link = outOfScope(key, LinkSource.MESSAGE);
                if (link != null) {
                    out.add(link);
                }
            }
        }
        return new Found(List.copyOf(in), List.copyOf(out));
    }

    private List<PullRequestKeys> pullRequestsOf(Commit commit) {
        if (pullRequests.isEmpty()) {
            return List.of();
        }
        Map<String, List<PullRequestKeys>> byHash = pullRequests.get(commit.repo());
        List<PullRequestKeys> prs = byHash == null ? null : byHash.get(commit.hash());
        return prs == null ? List.of() : prs;
    }

    private static void add(Map<String, LinkSource> found, String key, LinkSource source) {
        LinkSource earlier = found.putIfAbsent(key, source);
        if (earlier != null && source.ordinal() < earlier.ordinal()) {
            found.put(key, source);
        }
    }

    private static boolean inside(int[] regions, int position) {
        for (int i = 0; i < regions.length; i += 2) {
            if (position >= regions[i] && position < regions[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Returns the shared link when the key is of an issue in the version, else {@code null}. */
    private Link inVersion(String key, LinkSource source) {
        Link[] bySource = inVersion.get(key);
        return bySource == null ? null : shared(bySource, key, source);
    }

    /** Returns the shared link when the key is of an audited project (and not in the version), else {@code null}. */
    private Link outOfScope(String key, LinkSource source) {
        Link[] bySource = outOfScope.get(key);
        if (bySource == null) {
            bySource = auditedProjects.contains(IssueKeys.projectOf(key)) ? new Link[SOURCES] : IGNORED;
            outOfScope.put(key, bySource);
        }
        return bySource == IGNORED ? null : shared(bySource, key, source);
    }

    private static Link shared(Link[] bySource, String key, LinkSource source) {
        Link link = bySource[source.ordinal()];
        if (link == null) {
            link = new Link(key, source);
            bySource[source.ordinal()] = link;
        }
        return link;
    }
}
