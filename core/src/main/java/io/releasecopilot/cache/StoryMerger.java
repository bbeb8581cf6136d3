package io.releasecopilot.cache;

import io.releasecopilot.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects stories page by page in reading order; a key seen again is dropped with a warning (first wins). */
final class StoryMerger {

    private final Map<String, String> firstFile = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private final Warnings warnings;

    StoryMerger(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Adds the stories of one page. */
    void add(JiraPageParser.Page page) {
        String name = page.file().name();
        for (Story story : page.stories()) {
            String first = firstFile.putIfAbsent(story.key(), name);
            if (first == null) {
                stories.add(story);
            } else {
                warnings.addCapped("duplicated issue keys", name + ": issue " + story.key() + " is already in "
                        + (first.equals(name) ? "the same page" : first) + "; kept the first");
            }
        }
    }

    /** Returns the stories kept so far. */
    List<Story> stories() {
        return stories;
    }
}
