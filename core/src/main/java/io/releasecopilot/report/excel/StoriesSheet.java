package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.Story;
import java.util.List;

/**
 * The {@code Stories without commits} tab: stories with no live code, that is without commits or with
 * reverted commits only, told apart by the category column.
 */
final class StoriesSheet {

    static final String NAME = "Stories without commits";
    static final List<Column> COLUMNS = List.of(
            new Column("Key", 14),
            new Column("Summary", 60),
            new Column("Issue type", 14),
            new Column("Status", 16),
            new Column("Status category", 16),
            new Column("Assignee", 22),
            new Column("Labels", 24),
            new Column("Components", 24),
            Column.date("Updated (UTC)"),
            new Column("Category", 16));

    private StoriesSheet() {
    }

    static void write(SheetContext context) {
        SheetWriter sheet = context.sheet(NAME, COLUMNS);
        for (StoryResult result : context.result().stories()) {
            if (result.category() == StoryCategory.WITH_COMMITS) {
                continue;
            }
            Story story = result.story();
            sheet.startRow();
            sheet.link(0, story.key(), sheet.canLink() ? context.links().issue(story.key()) : null);
            sheet.text(1, story.summary());
            sheet.text(2, story.issueType());
            sheet.text(3, story.status());
            sheet.text(4, story.statusCategory());
            sheet.text(5, story.assignee());
            sheet.text(6, SheetContext.join(story.labels()));
            sheet.text(7, SheetContext.join(story.components()));
            sheet.date(8, story.updated());
            sheet.text(9, result.category().id());
        }
        sheet.finish();
    }
}
