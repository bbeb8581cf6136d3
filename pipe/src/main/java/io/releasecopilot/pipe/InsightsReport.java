package io.releasecopilot.pipe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.report.AuditReport;

/**
 * The Code Insights report body: a {@code COVERAGE} report (its headline is the share of stories with
 * commits), {@code FAILED} only when the gate fails, the gate's reasons as details and the key figures as
 * data fields.
 */
final class InsightsReport {

    static final String REPORTER = "Release Copilot";
    static final int TITLE_MAX = 450;
    static final int DETAILS_MAX = 2000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InsightsReport() {
    }

    /** Returns the report id, unique per fix version on a commit: {@code release-copilot-2026-03-1}. */
    static String id(String fixVersion) {
        String slug = InsightsText.slug(fixVersion, 60);
        return slug.isEmpty() ? "release-copilot" : "release-copilot-" + slug;
    }

    /** Returns the body of {@code PUT …/reports/{id}}; {@code artifacts} may be {@code null}. */
    static ObjectNode body(AuditReport report, ArtifactsLink artifacts) {
        AuditCounts counts = report.result().counts();
        GateStatus status = report.gate().status();
        ObjectNode body = NODES.objectNode();
        body.put("title", UntrustedText.oneLine("Release audit " + report.result().fixVersion(), TITLE_MAX));
        body.put("details", UntrustedText.oneLine(details(report), DETAILS_MAX));
        body.put("report_type", "COVERAGE");
        body.put("reporter", REPORTER);
        body.put("result", status == GateStatus.FAIL ? "FAILED" : "PASSED");
        if (artifacts != null) {
            body.put("link", artifacts.href());
        }
        ArrayNode data = body.putArray("data");
        data.addObject().put("title", "Coverage").put("type", "PERCENTAGE").put("value", percent(counts));
        number(data, "Stories without commits", counts.storiesWithoutCommits());
        number(data, "Orphan commits", counts.orphanCommits());
        number(data, "Out-of-scope commits", counts.outOfScopeCommits());
        data.addObject().put("title", "Gate").put("type", "TEXT").put("value", status.name());
        if (artifacts != null) {
            ObjectNode link = data.addObject().put("title", "Artifacts").put("type", "LINK");
            link.putObject("value").put("text", artifacts.text()).put("href", artifacts.href());
        }
        return body;
    }

    private static String details(AuditReport report) {
        AuditCounts counts = report.result().counts();
        StringBuilder details = new StringBuilder(256);
        if (report.gate().incomplete()) {
            details.append("Incomplete data: the figures lack the end of ")
                    .append(String.join("; ", report.gate().incompleteData())).append(". ");
        }
        details.append("Gate ").append(report.gate().status().name());
        if (report.gate().reasons().isEmpty()) {
            details.append(": every threshold holds.");
        } else {
            details.append(": ").append(String.join("; ", report.gate().reasons())).append('.');
        }
        details.append(' ').append(counts.storiesWithCommits()).append(" of ").append(counts.storiesTotal())
                .append(" stories have commits; ").append(counts.commitsTotal()).append(" commits: ")
                .append(counts.linkedCommits()).append(" linked, ").append(counts.orphanCommits()).append(" orphan, ")
                .append(counts.outOfScopeCommits()).append(" out of scope, ").append(counts.exemptCommits())
                .append(" exempt.");
        return details.toString();
    }

    /** Coverage in percent, one decimal, rounded down so 100.0 means every story. */
    static double percent(AuditCounts counts) {
        long tenths = counts.storiesTotal() == 0 ? 1000 : counts.storiesWithCommits() * 1000L / counts.storiesTotal();
        return tenths / 10.0;
    }

    private static void number(ArrayNode data, String title, int value) {
        data.addObject().put("title", title).put("type", "NUMBER").put("value", value);
    }

    /**
     * Where the artifacts are: the pipeline's result page, or the S3 upload.
     *
     * @param text the link text
     * @param href an http(s) address
     */
    record ArtifactsLink(String text, String href) {

        /** Returns the pipeline's result page, or {@code null} when the build is not known. */
        static ArtifactsLink pipeline(PipeConfig.Build build) {
            if (build.workspace() == null || build.repoSlug() == null || build.buildNumber() == null) {
                return null;
            }
            return new ArtifactsLink("Pipeline #" + build.buildNumber() + ": artifacts in release-audit/",
                    "https://bitbucket.org/" + build.workspace() + "/" + build.repoSlug() + "/pipelines/results/"
                            + build.buildNumber());
        }
    }
}
