package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code Story ↔ commit mapping} tab: one row per link between a story and a commit. */
final class MappingSheet {

    static final String NAME = "Story ↔ commit mapping";
    static final List<Column> COLUMNS = List.of(
            new Column("Story", 14),
            new Column("Story summary", 50),
            new Column("Status", 16),
            new Column("Repository", 18),
            new Column("Commit", 10),
            Column.date("Date (UTC)"),
            new Column("Author", 22),
            new Column("Subject", 70),
            new Column("Link source", 14),
            new Column("Via", 14),
            new Column("Reverted", 10));

    private MappingSheet() {
    }

    static void write(SheetContext context) {
        CommitIndex commits = new CommitIndex(context.result().commits());
        Links links = context.links();
        SheetWriter sheet = context.sheet(NAME, COLUMNS);
        for (StoryResult result : context.result().stories()) {
            Story story = result.story();
            String storyUrl = result.commits().isEmpty() ? null : links.issue(story.key());
            for (StoryCommit link : result.commits()) {
                Commit commit = commits.find(link.repo(), link.hash());
                sheet.startRow();
                sheet.link(0, story.key(), storyUrl); // consecutive rows extend one link, no budget needed
                sheet.text(1, story.summary());
                sheet.text(2, story.status());
                sheet.text(3, link.repo());
                sheet.link(4, SheetContext.shortHash(link.hash()),
                        sheet.canLink() ? links.commit(link.repo(), link.hash()) : null);
                if (commit != null) {
                    sheet.date(5, commit.date());
                    sheet.text(6, commit.author());
                    sheet.text(7, commit.subject());
                }
                sheet.text(8, link.source() == null ? null : link.source().id());
                sheet.text(9, link.via());
                sheet.bool(10, link.reverted());
            }
        }
        sheet.finish();
    }

    /** Commits by hash; a hash found in more than one repository is also kept by repository. */
    private static final class CommitIndex {
        private final Map<String, Commit> byHash;
        private final Map<String, Map<String, Commit>> shared = new HashMap<>();

        CommitIndex(List<CommitResult> results) {
            byHash = new HashMap<>(results.size() * 4 / 3 + 1);
            for (CommitResult result : results) {
                Commit commit = result.commit();
                Commit other = byHash.putIfAbsent(commit.hash(), commit);
                if (other != null && !other.repo().equals(commit.repo())) {
                    Map<String, Commit> byRepo = shared.computeIfAbsent(commit.hash(), hash -> new HashMap<>());
                    byRepo.putIfAbsent(other.repo(), other);
                    byRepo.putIfAbsent(commit.repo(), commit);
                }
            }
        }

        Commit find(String repo, String hash) {
            Commit commit = byHash.get(hash);
            if (commit == null || commit.repo().equals(repo)) {
                return commit;
            }
            Map<String, Commit> byRepo = shared.get(hash);
            return byRepo == null ? null : byRepo.get(repo);
        }
    }
}
