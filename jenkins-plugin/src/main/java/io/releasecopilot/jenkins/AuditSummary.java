package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one audit found, as it comes back from the agent: the figures of the summary JSON, the gate verdict, the
 * text summary for the log, the files written and the upload's URIs. Plain serializable fields (no records, no
 * library types), so remoting and JEP-200 accept it. The build keeps only its {@link AuditFigures} (build.xml);
 * the rows of the page are read from the archived report ({@link ReportRows}).
 */
public final class AuditSummary extends AuditFacts {

    private static final long serialVersionUID = 1L;

    /** The figures, by their summary-JSON names, in that order ({@code storiesTotal}, ...). */
    static final List<String> COUNTS = List.of("storiesTotal", "storiesWithCommits", "storiesWithoutCommits",
            "storiesRevertedOnly", "commitsTotal", "linkedCommits", "orphanCommits", "outOfScopeCommits",
            "exemptCommits");

    String summaryJson;
    String text;
    /** The artifact path of the report JSON, or {@code null} when it was not written. */
    String reportJson;
    /** The artifact path of the HTML report's page, or {@code null} when it was not written. */
    String htmlIndex;
    final ArrayList<String> artifacts = new ArrayList<>();
    /** The {@code s3://} URIs the {@code upload} wrote; empty without {@code upload}. */
    final ArrayList<String> uploads = new ArrayList<>();

    /**
     * Returns the step's return value: status, id, fix version, figures, coverage, reasons, incompleteData (empty
     * when the data is complete), reportUrl, artifacts (the archived paths) and uploads (the {@code s3://} URIs,
     * empty without {@code upload}).
     */
    Map<String, Object> toStepResult(String reportUrl, String id, List<String> archived) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", status);
        result.put("id", id);
        result.put("fixVersion", fixVersion);
        result.putAll(counts);
        result.put("coverage", coverage);
        result.put("reasons", new ArrayList<>(reasons));
        result.put("incompleteData", new ArrayList<>(incompleteData == null ? List.of() : incompleteData));
        result.put("reportUrl", reportUrl);
        result.put("artifacts", new ArrayList<>(archived));
        result.put("uploads", new ArrayList<>(uploads == null ? List.of() : uploads));
        return result;
    }

    /** Returns the workspace-relative paths of the files written and archived. */
    public List<String> getArtifacts() {
        return Collections.unmodifiableList(artifacts);
    }

    /** Returns the {@code s3://} URIs the upload wrote; empty without {@code upload}. */
    public List<String> getUploads() {
        return uploads == null ? List.of() : Collections.unmodifiableList(uploads);
    }

    /** Returns the artifact path of the report JSON ({@code release-audit/v1}), or {@code null}. */
    public String getReportJson() {
        return reportJson;
    }

    /** Returns the artifact path of the HTML report's {@code index.html}, or {@code null}. */
    public String getHtmlIndex() {
        return htmlIndex;
    }

    /** Returns the plain-text summary the CLI prints. */
    public String getText() {
        return text;
    }

    /** Returns the summary JSON ({@code release-audit-summary/v1}) as the core wrote it. */
    public String getSummaryJson() {
        return summaryJson;
    }
}
