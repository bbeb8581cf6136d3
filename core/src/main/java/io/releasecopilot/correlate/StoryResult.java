package io.releasecopilot.correlate;

import io.releasecopilot.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * A story of the version with its category and linked commits.
 *
 * @param story    the story
 * @param category its category
 * @param commits  linked commits, each once, ordered by repository then date
 */
public record StoryResult(Story story, StoryCategory category, List<StoryCommit> commits) {

    public StoryResult {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(category, "category");
        commits = List.copyOf(commits);
    }
}
