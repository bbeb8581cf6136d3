package io.releasecopilot.cli;

import static io.releasecopilot.report.html.HtmlPage.escape;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.report.html.HtmlPage;
import io.releasecopilot.report.html.ReportAssets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pages of {@code rc serve} besides the reports themselves: the list of runs grouped by fix version with a
 * form to compare two, and short error pages. Plain HTML without script; every text is escaped.
 */
final class IndexPage {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private IndexPage() {
    }

    /** Renders the list of runs (newest first) of a store, after the files that cannot be read as reports. */
    static String render(List<RunIndex.Run> runs, String location, RunIndex index) {
        Map<String, List<RunIndex.Run>> byVersion = new LinkedHashMap<>();
        for (RunIndex.Run run : runs) {
            byVersion.computeIfAbsent(run.header().fixVersion(), version -> new ArrayList<>()).add(run);
        }
        StringBuilder html = new StringBuilder(4096 + runs.size() * 600);
        head(html, "Release audits");
        html.append("<header class=\"rc-header\"><div class=\"rc-title\"><p class=\"rc-eyebrow\">Release Copilot</p>")
                .append("<h1 class=\"rc-version\">Release audits</h1><p class=\"rc-meta\" id=\"rc-run-count\">")
                .append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append(" of ").append(byVersion.size())
                .append(byVersion.size() == 1 ? " fix version" : " fix versions").append(" in ").append(escape(location))
                .append("</p></div></header>\n");
        broken(html, index.broken());
        if (runs.isEmpty()) {
            html.append("<p class=\"rc-static\">No release-audit/v1 report JSON files were found. Reports written with")
                    .append(" <code>rc audit --json FILE</code> below this location appear here.</p>\n");
        } else {
            compareForm(html, runs);
        }
        for (Map.Entry<String, List<RunIndex.Run>> group : byVersion.entrySet()) {
            html.append("<section class=\"rc-tables rc-run-group\" aria-label=\"Fix version ").append(escape(group.getKey()))
                    .append("\"><h2>Fix version <span class=\"rc-key\">").append(escape(group.getKey()))
                    .append("</span></h2>\n<div class=\"rc-table-wrap\"><table class=\"rc-table\"><thead><tr>");
            for (String column : List.of("Generated (UTC)", "Gate", "Coverage", "Stories", "Without commits", "Commits",
                    "Orphans", "Out of scope", "File", "")) {
                boolean number = List.of("Coverage", "Stories", "Without commits", "Commits", "Orphans", "Out of scope")
                        .contains(column);
                html.append("<th scope=\"col\" class=\"rc-th").append(number ? " rc-num" : "").append("\">")
                        .append(column.isEmpty() ? "<span class=\"rc-visually-hidden\">Compare</span>" : column)
                        .append("</th>");
            }
            html.append("</tr></thead><tbody>\n");
            for (RunIndex.Run run : group.getValue()) {
                row(html, run, index);
            }
            html.append("</tbody></table></div></section>\n");
        }
        return foot(html);
    }

    /** Renders a short page for an error status. */
    static String error(int status, String title, String detail) {
        StringBuilder html = new StringBuilder();
        head(html, title);
        html.append("<div class=\"rc-error\" role=\"alert\"><h1>").append(status).append(' ').append(escape(title))
                .append("</h1><p>").append(escape(detail)).append("</p><p><a href=\"/\">All runs</a></p></div>\n");
        return foot(html);
    }

    /** Lists the files that should be reports but cannot be read, each with its problem and a link to it. */
    private static void broken(StringBuilder html, List<RunIndex.Broken> broken) {
        if (broken.isEmpty()) {
            return;
        }
        html.append("<section class=\"rc-error rc-broken\" role=\"alert\" aria-label=\"Unreadable reports\"><h2>")
                .append(broken.size()).append(broken.size() == 1 ? " file is" : " files are")
                .append(" not a readable report</h2>\n<ul>\n");
        for (RunIndex.Broken file : broken) {
            html.append("<li data-broken=\"").append(file.id()).append("\"><a class=\"rc-file\" href=\"/report/")
                    .append(file.id()).append("\">").append(escape(file.key())).append("</a>")
                    .append(escape(file.problem().startsWith(file.key()) ? file.problem().substring(file.key().length())
                            : ": " + file.problem())).append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    private static void row(StringBuilder html, RunIndex.Run run, RunIndex index) {
        AuditCounts counts = run.header().counts();
        String gate = run.header().gate().status().name();
        html.append("<tr data-run=\"").append(run.id()).append("\"><td><a href=\"/report/").append(run.id()).append("\">")
                .append(MINUTES.format(run.time())).append("</a></td><td><span class=\"rc-gate-pill rc-gate-")
                .append(gate.toLowerCase(Locale.ROOT)).append("\">").append(gate).append("</span></td>");
        cell(html, HtmlPage.percent(counts));
        cell(html, counts.storiesTotal());
        cell(html, counts.storiesWithoutCommits());
        cell(html, counts.commitsTotal());
        cell(html, counts.orphanCommits());
        cell(html, counts.outOfScopeCommits());
        html.append("<td><a class=\"rc-file\" href=\"/report/").append(run.id()).append(".json\">")
                .append(escape(run.key())).append("</a></td><td>");
        index.previous(run).ifPresent(previous -> html.append("<a href=\"/compare?base=").append(previous.id())
                .append("&amp;head=").append(run.id()).append("#compare\">Compare with previous</a>"));
        html.append("</td></tr>\n");
    }

    private static void cell(StringBuilder html, Object value) {
        html.append("<td class=\"rc-num\">").append(escape(value instanceof Integer n
                ? String.format(Locale.US, "%,d", n) : String.valueOf(value))).append("</td>");
    }

    private static void compareForm(StringBuilder html, List<RunIndex.Run> runs) {
        html.append("<form class=\"rc-filters rc-compare-form\" method=\"get\" action=\"/compare\">")
                .append("<div class=\"rc-fields\">");
        select(html, "base", "Compare (older run)", runs, Math.min(1, runs.size() - 1));
        select(html, "head", "with (newer run)", runs, 0);
        html.append("<div class=\"rc-field rc-field-actions\"><button class=\"rc-button\" type=\"submit\">Compare</button>")
                .append("</div></div></form>\n");
    }

    private static void select(StringBuilder html, String name, String label, List<RunIndex.Run> runs, int selected) {
        html.append("<div class=\"rc-field rc-field-run\"><label for=\"rc-").append(name).append("\">").append(label)
                .append("</label><select class=\"rc-input\" id=\"rc-").append(name).append("\" name=\"").append(name)
                .append("\">");
        for (int i = 0; i < runs.size(); i++) {
            RunIndex.Run run = runs.get(i);
            html.append("<option value=\"").append(run.id()).append('"').append(i == selected ? " selected" : "")
                    .append('>').append(escape(run.header().fixVersion())).append(" \u00b7 ")
                    .append(MINUTES.format(run.time())).append(" UTC \u00b7 ").append(run.header().gate().status())
                    .append("</option>");
        }
        html.append("</select></div>");
    }

    private static void head(StringBuilder html, String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append(" \u00b7 Release Copilot</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/").append(ReportAssets.STYLESHEET).append("\">\n")
                .append("</head>\n<body>\n<main class=\"rc-app rc-index\">\n");
    }

    private static String foot(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }
}
