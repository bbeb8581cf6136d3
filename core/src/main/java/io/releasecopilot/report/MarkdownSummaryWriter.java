package io.releasecopilot.report;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryResult;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Repository;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a short GitHub/Bitbucket-flavoured Markdown summary for pull request comments, Jenkins and Code
 * Insights: a heading with the fix version and gate verdict, a table of figures, the gate's reasons, and the
 * first stories without commits and orphan commits. Untrusted text is put on one line, shortened and escaped
 * so it cannot add markup, links, HTML or table cells; only http(s) addresses become links.
 */
public final class MarkdownSummaryWriter {

    /** How many stories without commits and orphan commits are listed by default. */
    public static final int DEFAULT_LIMIT = 10;

    private static final int SUBJECT_LENGTH = 80;

    private MarkdownSummaryWriter() {
    }

    /** Writes the summary listing up to {@value #DEFAULT_LIMIT} items per list; the writer is flushed, not closed. */
    public static void write(AuditReport report, Writer out) throws IOException {
        write(report, out, DEFAULT_LIMIT);
    }

    /**
     * Writes the summary listing up to {@code limit} stories without commits and {@code limit} orphan commits;
     * the writer is flushed, not closed.
     */
    public static void write(AuditReport report, Writer out, int limit) throws IOException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        AuditInput input = report.result().input();
        AuditCounts counts = report.result().counts();
        StringBuilder md = new StringBuilder(2048);
        md.append("## Release audit ").append(escape(report.result().fixVersion(), 120)).append(": ")
                .append(report.gate().status().name()).append("\n\n");
        if (report.gate().incomplete()) {
            md.append("> **Incomplete data**: the figures below lack the end of these fetches:\n");
            for (String fetch : report.gate().incompleteData()) {
                md.append("> - ").append(escape(fetch, 200)).append('\n');
            }
            md.append('\n');
        }

        md.append("| Figure | Value |\n| --- | ---: |\n");
        row(md, "Stories", counts.storiesTotal());
        row(md, "Stories with commits", counts.storiesWithCommits());
        row(md, "Stories without commits", counts.storiesWithoutCommits());
        row(md, "Stories reverted only", counts.storiesRevertedOnly());
        md.append("| Coverage | ").append(PlainText.percent(counts)).append(" |\n");
        row(md, "Commits", counts.commitsTotal());
        row(md, "Linked commits", counts.linkedCommits());
        row(md, "Orphan commits", counts.orphanCommits());
        row(md, "Out-of-scope commits", counts.outOfScopeCommits());
        row(md, "Exempt commits", counts.exemptCommits());

        if (!report.gate().reasons().isEmpty()) {
            md.append("\n**Gate ").append(report.gate().status().name()).append("**\n\n");
            for (String reason : report.gate().reasons()) {
                md.append("- ").append(escape(reason, 200)).append('\n');
            }
        }

        List<StoryResult> without = report.result().stories().stream()
                .filter(s -> s.category() == StoryCategory.WITHOUT_COMMITS).toList();
        if (!without.isEmpty()) {
            md.append("\n**Stories without commits (").append(without.size()).append(")**\n\n");
            for (StoryResult story : without.subList(0, Math.min(limit, without.size()))) {
                String key = story.story().key();
                md.append("- ").append(link(escape(key, 40), input.issueUrl(key))).append(' ')
                        .append(escape(story.story().summary(), SUBJECT_LENGTH)).append('\n');
            }
            more(md, without.size() - limit);
        }

        List<CommitResult> orphans = report.result().commits().stream()
                .filter(c -> c.category() == CommitCategory.ORPHAN).toList();
        if (!orphans.isEmpty()) {
            Map<String, Repository> repositories = new HashMap<>();
            input.repositories().forEach(r -> repositories.putIfAbsent(r.name(), r));
            md.append("\n**Orphan commits (").append(orphans.size()).append(")**\n\n");
            for (CommitResult orphan : orphans.subList(0, Math.min(limit, orphans.size()))) {
                Commit commit = orphan.commit();
                Repository repository = repositories.get(commit.repo());
                String url = repository == null ? null : repository.commitUrl(commit.hash());
                md.append("- ").append(link(shortHash(commit.hash()), url)).append(' ')
                        .append(escape(commit.repo(), 60)).append(": ")
                        .append(escape(commit.subject(), SUBJECT_LENGTH)).append('\n');
            }
            more(md, orphans.size() - limit);
        }
        out.write(md.toString());
        out.flush();
    }

    /**
     * Returns untrusted text on one line, cut to {@code max} characters, with Markdown punctuation
     * backslash-escaped and {@code <}, {@code >}, {@code &} written as HTML entities.
     */
    static String escape(String text, int max) {
        String line = UntrustedText.oneLine(text, max);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns {@code [text](url)} for an http(s) address, with characters that could end the link encoded. */
    static String link(String text, String url) {
        if (url == null) {
            return text;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return text;
        }
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f || "()<>\"'`\\[]|".indexOf(c) >= 0) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c & 0xff));
            } else {
                out.append(c);
            }
        }
        return "[" + text + "](" + out + ")";
    }

    private static String shortHash(String hash) {
        String shortHash = hash.length() > 7 ? hash.substring(0, 7) : hash;
        return shortHash.matches("[0-9a-f]+") ? "`" + shortHash + "`" : escape(shortHash, 7);
    }

    private static void row(StringBuilder md, String label, int value) {
        md.append("| ").append(label).append(" | ").append(value).append(" |\n");
    }

    private static void more(StringBuilder md, int more) {
        if (more > 0) {
            md.append("- … and ").append(more).append(" more\n");
        }
    }
}
