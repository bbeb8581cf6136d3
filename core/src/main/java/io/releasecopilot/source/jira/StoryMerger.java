package io.releasecopilot.source.jira;

import io.releasecopilot.cache.Warnings;
import io.releasecopilot.model.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects stories page by page in reading order; a key seen again is dropped with a warning (first wins). An
 * issue whose fix versions do not include the cache's fix version is an error naming the page: the page is of
 * another fix version (the search asked for this one), and auditing it as this one would give wrong figures.
 */
public final class StoryMerger {

    private final Map<String, String> firstFile = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    private final Warnings warnings;
    private final String fixVersion;

    public StoryMerger(Warnings warnings, String fixVersion) {
        this.warnings = warnings;
        this.fixVersion = fixVersion;
    }

    /**
     * Adds the stories of one page.
     *
     * @throws io.releasecopilot.common.AuditException naming the page when an issue has fix versions, none of
     *                                                 them the cache's
     */
    public void add(JiraPageParser.Page page) {
        String name = page.file().name();
        for (Story story : page.stories()) {
            if (!story.fixVersions().isEmpty()
                    && story.fixVersions().stream().noneMatch(v -> v.equalsIgnoreCase(fixVersion))) {
                throw page.file().fail("issue " + story.key() + " has fix version "
                        + String.join(", ", story.fixVersions()) + ", not " + fixVersion + " (the fix version of"
                        + " this cache); the page is not of this fix version");
            }
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
    public List<Story> stories() {
        return stories;
    }
}
