/**
 * The interactive HTML report ({@code --html DIR}, docs/html-report.md).
 *
 * <p>{@link io.releasecopilot.report.html.HtmlReportWriter} writes a self-contained folder: {@code index.html}
 * holding the report JSON in a non-executable data island ({@code <script type="application/json">}), plus
 * static JavaScript and CSS ({@link io.releasecopilot.report.html.ReportAssets}). The page runs from
 * {@code file://} and under a strict Content-Security-Policy: no inline script, no event-handler attributes, no
 * network. {@link io.releasecopilot.report.html.HtmlPage} renders the same page for {@code rc serve}, and any
 * other front end can serve the assets itself and feed the page its data.
 */
package io.releasecopilot.report.html;
