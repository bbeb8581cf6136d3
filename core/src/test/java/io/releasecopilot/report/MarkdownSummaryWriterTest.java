package io.releasecopilot.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.gate.GateStatus;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownSummaryWriterTest {

    @Test
    void shouldWriteHeadingFiguresReasonsAndLists() throws IOException {
        String md = write(AuditReportFixture.sample(), 10);

        assertThat(md).startsWith("## Release audit 1.4.0: WARN\n\n| Figure | Value |\n| --- | ---: |\n");
        assertThat(md).contains("| Stories | 4 |\n", "| Stories without commits | 1 |\n", "| Coverage | 50.0 % |\n",
                "| Commits | 8 |\n", "| Orphan commits | 1 |\n", "| Exempt commits | 2 |\n");
        assertThat(md).contains("**Gate WARN**\n\n- WARN: 1 stories without commits (maximum 0)\n");
        assertThat(md).contains("**Stories without commits (1)**\n\n"
                + "- [ABC-2](https://acme.atlassian.net/browse/ABC-2) Password reset\n");
        assertThat(md).contains("**Orphan commits (1)**\n\n- [`0000000`](https://bitbucket.org/acme/portal/commits/"
                + AuditReportFixture.hash(4) + ") portal: Revert \"Remember me\"\n");
        assertThat(md).doesNotContain("more");
    }

    @Test
    void shouldListAtMostTheLimitAndCountTheRest() throws IOException {
        AuditReportFixture fixture = AuditReportFixture.fixVersion("2.0").repository("api", null);
        for (int i = 1; i <= 14; i++) {
            fixture.story("ABC-" + i, "Story " + i, StoryCategory.WITHOUT_COMMITS);
            fixture.commit("api", 0xabcdef0000L + i, "Fix " + i, CommitCategory.ORPHAN);
        }

        String md = write(fixture.build(), 10);

        assertThat(md).contains("ABC-10](", "Story 10").doesNotContain("ABC-11", "Story 11");
        assertThat(md).contains("Fix 10\n").doesNotContain("Fix 11");
        assertThat(md.split("- … and 4 more\n", -1)).hasSize(3);
        assertThat(md).contains("- `0000000` api: Fix 1\n");
    }

    @Test
    void shouldWriteNoReasonsNorListsWhenThereAreNone() throws IOException {
        String md = write(AuditReportFixture.fixVersion("3.0").build(), 10);

        assertThat(md).startsWith("## Release audit 3.0: PASS\n").doesNotContain("**");
        assertThat(md).contains("| Coverage | 100.0 % |");
    }

    @Test
    void shouldEscapeMarkdownAndHtmlInUntrustedText() {
        assertThat(MarkdownSummaryWriter.escape("</script><img src=x onerror=alert(1)>", 80))
                .isEqualTo("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(MarkdownSummaryWriter.escape("a|b `c` *d* _e_ [f](g) ~h~ \\ & #1 ![i]", 80))
                .isEqualTo("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\\\ &amp; \\#1 \\!\\[i\\]");
        assertThat(MarkdownSummaryWriter.escape("line one\n\n## line two\r\n\tthree\u2028four\u0000\u001b[31m", 80))
                .isEqualTo("line one \\#\\# line two three four \\[31m");
        assertThat(MarkdownSummaryWriter.escape("abc\u202Eevil", 80)).isEqualTo("abcevil");
    }

    @Test
    void shouldTruncateLongSubjects() {
        String subject = "x".repeat(200);

        String escaped = MarkdownSummaryWriter.escape(subject, 80);

        assertThat(escaped).hasSize(80).endsWith("x…");
        assertThat(MarkdownSummaryWriter.escape("x".repeat(80), 80)).isEqualTo("x".repeat(80));
    }

    @Test
    void shouldLinkOnlyWebAddressesAndEncodeWhatCouldEndTheLink() {
        assertThat(MarkdownSummaryWriter.link("ABC-1", "https://jira.example/browse/ABC-1"))
                .isEqualTo("[ABC-1](https://jira.example/browse/ABC-1)");
        assertThat(MarkdownSummaryWriter.link("ABC-1", "javascript:alert(1)")).isEqualTo("ABC-1");
        assertThat(MarkdownSummaryWriter.link("ABC-1", null)).isEqualTo("ABC-1");
        assertThat(MarkdownSummaryWriter.link("x", "https://a.example/b c)<d>\n"))
                .isEqualTo("[x](https://a.example/b%20c%29%3Cd%3E%0A)");
    }

    @Test
    void shouldKeepHostileTextOutOfTheMarkup() throws IOException {
        String hostile = ReportJsonWriterTest.HOSTILE + "\n| injected | row |";
        AuditReport report = AuditReportFixture.fixVersion(hostile)
                .repository(hostile, "javascript:alert(1)//")
                .gate(GateStatus.FAIL, hostile)
                .story("ABC-1", hostile, StoryCategory.WITHOUT_COMMITS)
                .commit(hostile, 1, hostile, CommitCategory.ORPHAN)
                .build();

        String md = write(report, 10);

        assertThat(md).doesNotContain("<", ">", "\u0000", "\u001b", "\u2028", "javascript");
        assertThat(md).contains("\\| injected \\| row \\|").doesNotContainPattern("[^\\\\]\\| injected");
        assertThat(md.lines().filter(l -> l.startsWith("|"))).hasSize(12);
    }

    private static String write(AuditReport report, int limit) throws IOException {
        StringWriter out = new StringWriter();
        MarkdownSummaryWriter.write(report, out, limit);
        return out.toString();
    }
}
