package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import com.thoughtworks.xstream.XStream;
import io.releasecopilot.report.AuditReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a build carries in build.xml for one audit, written and read by XStream as Jenkins does (with
 * RobustReflectionConverter's tolerance of unknown elements): figures, verdict and reasons within
 * {@value #BUDGET} bytes whatever the size of the release; the rows stay in the archived report.
 */
class ActionPersistenceTest {

    /** The most build.xml may grow by per audit. */
    static final int BUDGET = 4096;
    private static final List<String> FILES = List.of("release-audit/audit.json", "release-audit/audit.xlsx",
            "release-audit/audit-summary.json", "release-audit/audit-summary.md", "release-audit/html/index.html",
            "release-audit/html/report-compare.js", "release-audit/html/report-core.js",
            "release-audit/html/report-model.js", "release-audit/html/report-table.js",
            "release-audit/html/report-views.js", "release-audit/html/report.css", "release-audit/html/report.js");

    private static XStream xstream() {
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.releasecopilot.**"});
        xstream.ignoreUnknownElements();
        return xstream;
    }

    /** Returns the UTF-8 bytes XStream writes for the object, as Jenkins adds it to build.xml. */
    static int xmlBytes(Object action) {
        return xstream().toXML(action).getBytes(StandardCharsets.UTF_8).length;
    }

    private static ReleaseAuditAction action(AuditReport report) throws Exception {
        AuditSummary summary = AuditDigest.summarize(report, FILES);
        String id = AuditIds.choose(null, summary.getFixVersion(), List.of());
        List<String> archived = FILES.stream().map(path -> id + "/" + path).toList();
        return new ReleaseAuditAction(id, summary, archived, id + "/release-audit/audit.json",
                id + "/release-audit/html/index.html");
    }

    @Test
    void shouldKeepA200000CommitAuditWithinTheBudgetOfBuildXml() throws Exception {
        AuditReport report = LargeAudit.report("2026.03.1", 2_000, 200_000);
        ReleaseAuditAction action = action(report);

        String xml = xstream().toXML(action);
        int bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("build.xml bytes for one audit of %,d commits: %,d%n",
                report.result().commits().size(), bytes);

        assertThat(action.getCounts()).containsEntry("commitsTotal", 200_000);
        assertThat(bytes).isLessThanOrEqualTo(BUDGET);
        assertThat(xml).doesNotContain("Change 1 of the release").doesNotContain("release-audit-summary/v1")
                .doesNotContain("StoryRow").doesNotContain("CommitRow");
        ReleaseAuditAction read = (ReleaseAuditAction) xstream().fromXML(xml);
        assertThat(read.getCounts()).isEqualTo(action.getCounts());
        assertThat(read.getReasons()).isEqualTo(action.getReasons()).isNotEmpty();
        assertThat(read.getUrlName()).isEqualTo("releaseAudit-2026.03.1");
        assertThat(read.getArtifacts()).isEqualTo(action.getArtifacts());
    }

    @Test
    void shouldKeepTheIncompleteFetchesShortWithinTheBudget() throws Exception {
        List<String> fetches = new ArrayList<>();
        fetches.add("the Jira fetch is incomplete (40 pages cached)");
        for (int i = 1; i <= 30; i++) {
            fetches.add("the commit fetch of repository-with-a-long-name-" + i + " ref refs/heads/release/2026.03 is"
                    + " incomplete (" + i + " pages cached)" + " and a little more text".repeat(i % 3 * 4));
        }
        AuditReport report = LargeAudit.report("2026.03.1", 2_000, 200_000, fetches.subList(0, 3));
        AuditReport many = LargeAudit.report("2026.03.1", 2_000, 2_000, fetches);
        ReleaseAuditAction action = action(report);

        String xml = xstream().toXML(action);
        ReleaseAuditAction read = (ReleaseAuditAction) xstream().fromXML(xml);
        List<String> kept = action(many).getIncompleteData();

        assertThat(xml.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(BUDGET);
        assertThat(read.getIncompleteData()).hasSize(3).startsWith("the Jira fetch is incomplete (40 pages cached)")
                .isEqualTo(fetches.subList(0, 3).stream().map(AuditDigest::shorten).toList());
        assertThat(read.getStatus()).isEqualTo("FAIL");
        assertThat(kept).hasSize(AuditFigures.INCOMPLETE_LINES + 1).endsWith("and 26 more (see the report)")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
        assertThat(action(many).getReasons()).first().asString().startsWith("incomplete data: the Jira fetch")
                .hasSizeLessThanOrEqualTo(AuditFigures.REASON_CHARS);
        assertThat(xmlBytes(action(many))).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void shouldFailTheBudgetForAnActionThatKeepsRows() throws Exception {
        AuditReport report = LargeAudit.report("2026.03.1", 2_000, 20_000);
        RowsKeepingAction rows = new RowsKeepingAction(action(report).getFigures());
        report.result().commits().stream().limit(800)
                .forEach(commit -> rows.rows.add(commit.commit().hash() + " " + commit.commit().message()));

        assertThat(xmlBytes(rows)).isGreaterThan(BUDGET);
    }

    @Test
    void shouldReadTheBuildXmlOfAnEarlierVersionIntoTheSlimForm() {
        String earlier = """
                <io.releasecopilot.jenkins.ReleaseAuditAction>
                  <summary>
                    <fixVersion>2026.02.0</fixVersion>
                    <status>WARN</status>
                    <coverage>0.8</coverage>
                    <summaryJson>{"schema":"release-audit-summary/v1"}</summaryJson>
                    <text>Fix version 2026.02.0</text>
                    <rowLimit>200</rowLimit>
                    <reportJson>release-audit/audit.json</reportJson>
                    <counts><entry><string>storiesTotal</string><int>300</int></entry></counts>
                    <reasons><string>554 orphan commits (WARN above 0)</string></reasons>
                    <artifacts><string>release-audit/audit.json</string></artifacts>
                    <storiesWithoutCommits>
                      <io.releasecopilot.jenkins.StoryRow><key>APP-1</key><summary>s</summary><status>Done</status>
                        <assignee></assignee></io.releasecopilot.jenkins.StoryRow>
                    </storiesWithoutCommits>
                  </summary>
                </io.releasecopilot.jenkins.ReleaseAuditAction>
                """;

        ReleaseAuditAction read = (ReleaseAuditAction) xstream().fromXML(earlier);

        assertThat(read.getUrlName()).isEqualTo("releaseAudit");
        assertThat(read.getId()).isNull();
        assertThat(read.getFixVersion()).isEqualTo("2026.02.0");
        assertThat(read.getCounts()).containsEntry("storiesTotal", 300);
        assertThat(read.getReasons()).containsExactly("554 orphan commits (WARN above 0)");
        assertThat(read.getArtifacts()).containsExactly("release-audit/audit.json");
        assertThat(read.isReportAvailable()).isTrue();
        assertThat(read.getIncompleteData()).as("not kept by earlier versions").isEmpty();
        String rewritten = xstream().toXML(read);
        assertThat(rewritten).doesNotContain("summaryJson").doesNotContain("StoryRow").doesNotContain("<summary>");
    }

    /** An action as it must not be: figures plus the page's rows as text. */
    static final class RowsKeepingAction {
        final AuditFigures figures;
        final List<String> rows = new ArrayList<>();

        RowsKeepingAction(AuditFigures figures) {
            this.figures = figures;
        }
    }
}
