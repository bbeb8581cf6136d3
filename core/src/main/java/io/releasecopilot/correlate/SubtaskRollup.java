package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the commits of each story, rolling sub-tasks up to their parent (README.md, correlation rule 6).
 *
 * <p>A story's commits are the linked commits that name its key, plus, when it is the parent of sub-tasks in
 * the version, those of its sub-tasks with {@code via} set to the sub-task key. A commit that names the
 * parent itself keeps {@code via = null}; one that names several sub-tasks is listed once, via the first
 * sub-task in key order. Only issues flagged as sub-tasks roll up (an epic's children do not). A sub-task of an
 * ignored issue type is not reported itself but still rolls up to its parent.
 */
final class SubtaskRollup {

    /** A linked commit (by index among the distinct commits) naming a key, and where the key was found. */
    record Linked(int commit, LinkSource source) {
    }

    private final Map<String, List<Linked>> byKey;
    private final Map<String, List<String>> subtasksByParent = new HashMap<>();

    /**
     * Prepares the roll-up.
     *
     * @param stories every story of the version, ignored types included
     * @param byKey   the linked commits of each key
     */
    SubtaskRollup(Collection<Story> stories, Map<String, List<Linked>> byKey) {
        this.byKey = byKey;
        Set<String> keys = new HashSet<>();
        stories.forEach(story -> keys.add(story.key()));
        for (Story story : stories) {
            String parent = story.parentKey();
            if (story.subtask() && parent != null && keys.contains(parent) && !parent.equals(story.key())) {
                subtasksByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(story.key());
            }
        }
        subtasksByParent.values().forEach(list -> list.sort(Orderings.KEYS));
    }

    /** Returns the story's commits, own and rolled up, each once, by repository then date (oldest first). */
    List<StoryCommit> commitsOf(Story story, List<Commit> commits, Reverts reverts, Orderings.CommitOrder order) {
        List<Linked> own = byKey.getOrDefault(story.key(), List.of());
        List<String> subtasks = subtasksByParent.getOrDefault(story.key(), List.of());
        if (own.isEmpty() && subtasks.isEmpty()) {
            return List.of();
        }
        // A commit names each key once, so only roll-ups can bring a commit twice.
        Set<Integer> seen = subtasks.isEmpty() ? null : new HashSet<>();
        List<StoryCommit> result = new ArrayList<>(own.size());
        List<Integer> indexes = new ArrayList<>(own.size());
        own.forEach(linked -> add(linked, null, seen, result, indexes, commits, reverts));
        for (String subtask : subtasks) {
            byKey.getOrDefault(subtask, List.of())
                    .forEach(linked -> add(linked, subtask, seen, result, indexes, commits, reverts));
        }
        if (result.size() < 2) {
            return result;
        }
        long[] byRank = new long[result.size()]; // rank in the upper half, position in the lower
        for (int i = 0; i < byRank.length; i++) {
            byRank[i] = (long) order.oldestRank(indexes.get(i)) << 32 | i;
        }
        Arrays.sort(byRank);
        List<StoryCommit> sorted = new ArrayList<>(byRank.length);
        for (long entry : byRank) {
            sorted.add(result.get((int) entry));
        }
        return sorted;
    }

    private static void add(Linked linked, String via, Set<Integer> seen, List<StoryCommit> result,
            List<Integer> indexes, List<Commit> commits, Reverts reverts) {
        if (seen == null || seen.add(linked.commit())) {
            result.add(storyCommit(linked, via, commits, reverts));
            indexes.add(linked.commit());
        }
    }

    private static StoryCommit storyCommit(Linked linked, String via, List<Commit> commits, Reverts reverts) {
        Commit commit = commits.get(linked.commit());
        return new StoryCommit(commit.repo(), commit.hash(), linked.source(), via, reverts.reverted(linked.commit()));
    }
}
