package io.releasecopilot.report.html;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.report.IoConsumer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Renders the report page: a static summary for browsers that run no script, the style sheet and scripts of
 * {@link ReportAssets}, and the data islands {@value #REPORT_ISLAND} and (when comparing) {@value #PREVIOUS_ISLAND}.
 * Every piece of report text in the markup is HTML-escaped; the islands hold JSON whose {@code <}, {@code >}
 * and {@code &} are escaped, so they cannot end their element.
 */
public final class HtmlPage {

    /** The id of the data island holding the report JSON. */
    public static final String REPORT_ISLAND = "audit-data";

    /** The id of the data island holding the previous report's JSON. */
    public static final String PREVIOUS_ISLAND = "previous-data";

    /** The Content-Security-Policy the page declares and works under. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'";

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private HtmlPage() {
    }

    /**
     * Writes the page as UTF-8; the stream is flushed, not closed.
     *
     * @param header    what the static summary and the title show
     * @param assetBase prefix of the asset URLs: {@code ""} beside the page, {@code "/static/"} on a server
     * @param report    writes the report JSON, escaped for a data island
     * @param previous  writes the previous report's JSON, escaped, or {@code null} for no comparison
     */
    public static void write(OutputStream out, ReportHeader header, String assetBase, IoConsumer<OutputStream> report,
            IoConsumer<OutputStream> previous) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String base = escape(assetBase);
        html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n"
                + "<meta name=\"generator\" content=\"Release Copilot " + escape(header.toolVersion()) + "\">\n"
                + "<title>Release audit " + escape(header.fixVersion()) + " \u00b7 " + header.gate().status()
                + "</title>\n<link rel=\"stylesheet\" href=\"" + base + ReportAssets.STYLESHEET + "\">\n");
        for (String script : ReportAssets.SCRIPTS) {
            html.write("<script src=\"" + base + script + "\" defer></script>\n");
        }
        html.write("</head>\n<body>\n<main id=\"rc-app\" class=\"rc-app\">\n");
        writeSummary(html, header);
        html.write("</main>\n");
        island(html, out, REPORT_ISLAND, report);
        if (previous != null) {
            island(html, out, PREVIOUS_ISLAND, previous);
        }
        html.write("</body>\n</html>\n");
        html.flush();
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Returns the coverage as a percentage with one decimal ({@code "80.0 %"}); never {@code "100.0 %"} while a
     * story lacks commits, never {@code "0.0 %"} while one has them.
     */
    public static String percent(AuditCounts counts) {
        double value = Math.round(counts.coverage() * 1000) / 10.0;
        if (value >= 100.0 && counts.storiesWithCommits() < counts.storiesTotal()) {
            value = 99.9;
        } else if (value <= 0.0 && counts.storiesWithCommits() > 0) {
            value = 0.1;
        }
        return String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static void island(Writer html, OutputStream out, String id, IoConsumer<OutputStream> json)
            throws IOException {
        html.write("<script type=\"application/json\" id=\"" + id + "\">");
        html.flush();
        json.accept(out);
        out.flush();
        html.write("</script>\n");
    }

    private static void writeSummary(Writer html, ReportHeader header) throws IOException {
        AuditCounts counts = header.counts();
        String gate = header.gate().status().name();
        html.write("<section id=\"rc-static\" class=\"rc-static\" aria-label=\"Summary\">\n"
                + "<h1>Release audit <span class=\"rc-version\">" + escape(header.fixVersion()) + "</span></h1>\n"
                + "<p class=\"rc-meta\">Generated "
                + (header.generatedAt() == null ? "at an unknown time" : MINUTES.format(header.generatedAt()))
                + " by Release Copilot " + escape(header.toolVersion()) + "</p>\n"
                + "<p class=\"rc-gate-line rc-gate-" + gate.toLowerCase(Locale.ROOT) + "\">Gate <strong>" + gate
                + "</strong></p>\n<ul class=\"rc-reasons\">\n");
        for (String reason : header.gate().reasons()) {
            html.write("<li>" + escape(reason) + "</li>\n");
        }
        html.write("</ul>\n");
        if (header.gate().incomplete()) {
            html.write("<p class=\"rc-incomplete\"><strong>Incomplete data</strong>: the figures lack the end of"
                    + " these fetches:</p>\n<ul class=\"rc-incomplete\">\n");
            for (String fetch : header.gate().incompleteData()) {
                html.write("<li>" + escape(fetch) + "</li>\n");
            }
            html.write("</ul>\n");
        }
        html.write("<table class=\"rc-static-counts\">\n<tbody>\n");
        row(html, "Coverage", percent(counts));
        row(html, "Stories", counts.storiesTotal());
        row(html, "with commits", counts.storiesWithCommits());
        row(html, "without commits", counts.storiesWithoutCommits());
        row(html, "reverted only", counts.storiesRevertedOnly());
        row(html, "Commits", counts.commitsTotal());
        row(html, "linked", counts.linkedCommits());
        row(html, "orphan", counts.orphanCommits());
        row(html, "out of scope", counts.outOfScopeCommits());
        row(html, "exempt", counts.exemptCommits());
        html.write("</tbody>\n</table>\n<p class=\"rc-note\">The tables, filters and CSV export of this report need"
                + " JavaScript. If they do not appear, open the report in a browser from its folder or with"
                + " <code>rc serve</code>.</p>\n</section>\n");
    }

    private static void row(Writer html, String label, Object value) throws IOException {
        html.write("<tr><th scope=\"row\">" + label + "</th><td>" + escape(String.valueOf(value)) + "</td></tr>\n");
    }
}
