package io.releasecopilot.report.excel;

import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.model.Commit;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Out-of-scope commits} and {@code Orphan commits} tabs: one row per commit of the category,
 * in the result's order. They share all columns but the last: the keys found, or the merge flag.
 */
final class CommitsSheet {

    static final String OUT_OF_SCOPE = "Out-of-scope commits";
    static final String ORPHAN = "Orphan commits";

    private static final List<Column> COMMON = List.of(
            new Column("Repository", 18),
            new Column("Commit", 10),
            new Column("Hash", 42),
            Column.date("Date (UTC)"),
            new Column("Author", 22),
            new Column("Branches", 24),
            new Column("Subject", 70));

    static final List<Column> OUT_OF_SCOPE_COLUMNS = with(new Column("Keys found", 24));
    static final List<Column> ORPHAN_COLUMNS = with(new Column("Merge", 8));

    private CommitsSheet() {
    }

    static void writeOutOfScope(SheetContext context) {
        write(context, OUT_OF_SCOPE, OUT_OF_SCOPE_COLUMNS, CommitCategory.OUT_OF_SCOPE);
    }

    static void writeOrphans(SheetContext context) {
        write(context, ORPHAN, ORPHAN_COLUMNS, CommitCategory.ORPHAN);
    }

    private static void write(SheetContext context, String name, List<Column> columns, CommitCategory category) {
        SheetWriter sheet = context.sheet(name, columns);
        for (CommitResult result : context.result().commits()) {
            if (result.category() != category) {
                continue;
            }
            Commit commit = result.commit();
            sheet.startRow();
            sheet.text(0, commit.repo());
            sheet.link(1, SheetContext.shortHash(commit.hash()),
                    sheet.canLink() ? context.links().commit(commit.repo(), commit.hash()) : null);
            sheet.text(2, commit.hash());
            sheet.date(3, commit.date());
            sheet.text(4, commit.author());
            sheet.text(5, SheetContext.join(commit.branches()));
            sheet.text(6, commit.subject());
            if (category == CommitCategory.OUT_OF_SCOPE) {
                sheet.text(7, keys(result.outOfScopeKeys()));
            } else {
                sheet.bool(7, commit.merge());
            }
        }
        sheet.finish();
    }

    private static String keys(List<Link> links) {
        if (links.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Link link : links) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(link.key());
        }
        return out.toString();
    }

    private static List<Column> with(Column last) {
        List<Column> columns = new ArrayList<>(COMMON);
        columns.add(last);
        return List.copyOf(columns);
    }
}
