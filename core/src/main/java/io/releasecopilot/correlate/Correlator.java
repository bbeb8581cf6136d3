package io.releasecopilot.correlate;

import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Correlates the stories of a fix version with the commits that ship (README.md, "Correlation rules"): a pure function
 * from an {@link AuditInput} and {@link CorrelationSettings} to a new, immutable {@link AuditResult}. Inputs are not
 * changed.
 *
 * <p><b>Commits</b> are de-duplicated by (repository, hash); one read from several refs lists all of them in
 * first-seen order. Merge commits are classified like any other. <b>Audited projects</b> are the projects of
 * the version's issues plus {@link CorrelationSettings#extraProjects()}; keys of other projects are ignored
 * entirely ({@code JDK-8284161}, {@code UTF-8}). Links are found by {@link LinkFinder}, reverts by
 * {@link Reverts}, overrides matched by {@link OverrideMatches}.
 *
 * <p><b>Commit categories</b>, every commit in exactly one, decided in this order:
 * <ol>
 * <li>{@code EXEMPT} when an override marks the commit exempt (reason: the override's); an explicit per-commit
 *     decision wins over everything because a human made it. Its keys stay on the commit for the record but do
 *     not count for stories.</li>
 * <li>{@code LINKED} when it has at least one key of an issue in the version;</li>
 * <li>{@code OUT_OF_SCOPE} when it has keys of audited projects, none in the version;</li>
 * <li>{@code EXEMPT} when a configured {@link Exemption} matches (reason: {@link Exemption#describe()} of the
 *     first that matches), so exemptions only apply to commits without keys;</li>
 * <li>{@code ORPHAN} otherwise.</li>
 * </ol>
 * This is the specification's order (linked, out of scope, exempt, orphan) with the per-commit override first.
 *
 * <p><b>Stories</b> are the version's issues, the first of each key, except those whose issue type is in
 * {@link CorrelationSettings#ignoredIssueTypes()} (case-insensitive); those keys still count as in the version
 * for linking. A story's commits are the {@code LINKED} commits naming it, plus its sub-tasks' (see
 * {@link SubtaskRollup}). Category: {@code WITH_COMMITS} with at least one commit not reverted,
 * {@code REVERTED_ONLY} when all are reverted, {@code WITHOUT_COMMITS} with none.
 *
 * <p><b>Order</b>: stories by project key then issue number; commits by repository, date newest first (unknown
 * dates last), hash; a story's commits by repository, date oldest first, hash.
 */
public final class Correlator {

    private Correlator() {
    }

    /**
     * Correlates one fix version.
     *
     * @param input    the stories, commits and pull requests read
     * @param settings the settings in force
     * @return the result; its warnings list what was odd but did not stop the correlation
     * @throws io.releasecopilot.common.UsageException when an override's hash is not 7 to 40 hex digits
     */
    public static AuditResult correlate(AuditInput input, CorrelationSettings settings) {
        List<String> warnings = new ArrayList<>();
        Map<String, Story> stories = distinctStories(input.stories(), warnings);
        SortedSet<String> auditedProjects = auditedProjects(stories.values(), settings.extraProjects());

        List<Commit> commits = CommitSet.distinct(input.commits());
        OverrideMatches overrides = OverrideMatches.match(commits, settings.overrides(), auditedProjects, warnings);
        Reverts reverts = Reverts.find(commits, warnings);
        Orderings.CommitOrder order = new Orderings.CommitOrder(commits);
        LinkFinder linkFinder = new LinkFinder(stories.keySet(), auditedProjects, input.pullRequests());
        ExemptionRules exemptions = new ExemptionRules(settings.exemptions());

        CommitResult[] commitResults = new CommitResult[commits.size()];
        Map<String, List<SubtaskRollup.Linked>> linkedByKey = new HashMap<>();
        for (int i = 0; i < commits.size(); i++) {
            Commit commit = commits.get(i);
            OverrideMatches.Applied override = overrides.get(i);
            LinkFinder.Found found = linkFinder.find(commit, override == null ? List.of() : override.addKeys());
            CommitResult result = classify(commit, found, override, exemptions, reverts, i, commits);
            if (result.category() == CommitCategory.LINKED) {
                for (Link link : result.links()) {
                    linkedByKey.computeIfAbsent(link.key(), k -> new ArrayList<>(2))
                            .add(new SubtaskRollup.Linked(i, link.source()));
                }
            }
            commitResults[i] = result;
        }
        List<StoryResult> storyResults = storyResults(stories, settings, linkedByKey, commits, reverts, order);
        List<CommitResult> ordered = new ArrayList<>(commitResults.length);
        for (int index : order.newestFirst()) {
            ordered.add(commitResults[index]);
        }
        return new AuditResult(input, settings, Collections.unmodifiableSortedSet(auditedProjects), storyResults,
                ordered, count(storyResults, commitResults), warnings);
    }

    private static Map<String, Story> distinctStories(List<Story> stories, List<String> warnings) {
        Map<String, Story> byKey = new LinkedHashMap<>();
        for (Story story : stories) {
            if (byKey.putIfAbsent(story.key(), story) != null) {
                warnings.add("issue " + story.key() + " is listed more than once; the first is used");
            }
        }
        return byKey;
    }

    private static SortedSet<String> auditedProjects(Iterable<Story> stories, Set<String> extraProjects) {
        SortedSet<String> projects = new TreeSet<>();
        stories.forEach(story -> projects.add(story.projectKey()));
        extraProjects.forEach(project -> projects.add(project.strip().toUpperCase(Locale.ROOT)));
        projects.remove("");
        return projects;
    }

    private static CommitResult classify(Commit commit, LinkFinder.Found found, OverrideMatches.Applied override,
            ExemptionRules exemptions, Reverts reverts, int index, List<Commit> commits) {
        CommitCategory category;
        String reason = override == null ? null : override.reason();
        if (override != null && override.exempt()) {
            category = CommitCategory.EXEMPT;
        } else if (!found.links().isEmpty()) {
            category = CommitCategory.LINKED;
        } else if (!found.outOfScope().isEmpty()) {
            category = CommitCategory.OUT_OF_SCOPE;
        } else {
            Exemption exemption = exemptions.match(commit);
            category = exemption == null ? CommitCategory.ORPHAN : CommitCategory.EXEMPT;
            if (exemption != null) {
                reason = exemption.describe();
            }
        }
        int revertedBy = reverts.revertedBy(index);
        int reverted = reverts.reverts(index);
        return new CommitResult(commit, category, found.links(), found.outOfScope(), reverts.reverted(index),
                revertedBy < 0 ? null : commits.get(revertedBy).hash(),
                reverted < 0 ? null : commits.get(reverted).hash(), reason);
    }

    private static List<StoryResult> storyResults(Map<String, Story> stories, CorrelationSettings settings,
            Map<String, List<SubtaskRollup.Linked>> linkedByKey, List<Commit> commits, Reverts reverts,
            Orderings.CommitOrder order) {
        Set<String> ignoredTypes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        settings.ignoredIssueTypes().forEach(type -> ignoredTypes.add(type.strip()));
        SubtaskRollup rollup = new SubtaskRollup(stories.values(), linkedByKey);
        List<StoryResult> results = new ArrayList<>(stories.size());
        for (Story story : stories.values()) {
            if (ignoredTypes.contains(story.issueType().strip())) {
                continue;
            }
            List<StoryCommit> storyCommits = rollup.commitsOf(story, commits, reverts, order);
            StoryCategory category = storyCommits.isEmpty() ? StoryCategory.WITHOUT_COMMITS
                    : storyCommits.stream().allMatch(StoryCommit::reverted) ? StoryCategory.REVERTED_ONLY
                    : StoryCategory.WITH_COMMITS;
            results.add(new StoryResult(story, category, storyCommits));
        }
        results.sort(Comparator.comparing(result -> result.story().key(), Orderings.KEYS));
        return results;
    }

    private static AuditCounts count(List<StoryResult> stories, CommitResult[] commits) {
        int[] byStory = new int[StoryCategory.values().length];
        stories.forEach(story -> byStory[story.category().ordinal()]++);
        int[] byCommit = new int[CommitCategory.values().length];
        for (CommitResult commit : commits) {
            byCommit[commit.category().ordinal()]++;
        }
        return new AuditCounts(stories.size(),
                byStory[StoryCategory.WITH_COMMITS.ordinal()],
                byStory[StoryCategory.WITHOUT_COMMITS.ordinal()],
                byStory[StoryCategory.REVERTED_ONLY.ordinal()],
                commits.length,
                byCommit[CommitCategory.LINKED.ordinal()],
                byCommit[CommitCategory.ORPHAN.ordinal()],
                byCommit[CommitCategory.OUT_OF_SCOPE.ordinal()],
                byCommit[CommitCategory.EXEMPT.ordinal()]);
    }
}
