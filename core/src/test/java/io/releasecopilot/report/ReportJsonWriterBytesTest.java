package io.releasecopilot.report;

import static io.releasecopilot.report.AuditReportFixture.hash;
import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.correlate.CommitCategory;
import io.releasecopilot.correlate.CommitResult;
import io.releasecopilot.correlate.Link;
import io.releasecopilot.correlate.LinkSource;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.correlate.StoryCommit;
import io.releasecopilot.gate.GateStatus;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The report writer was made faster without changing a byte of its output: each report here is written by it and
 * by {@link ReferenceReportJsonWriter}, the writer as it was, and the two documents must be equal.
 */
class ReportJsonWriterBytesTest {

    /** Text a hostile or careless source could hold: markup, controls, bidi overrides, line separators, emoji. */
    private static final List<String> TRICKY = List.of(
            "",
            " ",
            "plain ASCII",
            ReportJsonWriterTest.HOSTILE,
            "controls \u0000\u0001\u0007\b\t\n\u000b\f\r\u000e\u001b\u001f\u007f\u0080\u009f end",
            "bidi \u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl",
            "separators \u2028 \u2029 \u0085 \u00a0 \ufeff \ufffd \uffff",
            "Zürich Ærø ñ — “quotes” 日本語 한국어 עברית العربية 😀 👩‍👩‍👧 𝄞",
            "escapes \" \\ / \\u0041 </script> <!-- --> & &amp; ' `",
            "x".repeat(9_000) + "😀" + "é".repeat(5_000) + "\u2028".repeat(3_000) + "<".repeat(2_000),
            "😀".repeat(40_000),
            "a\n".repeat(30_000));

    private static final List<Instant> INSTANTS = List.of(
            Instant.EPOCH,
            Instant.ofEpochSecond(-1),
            Instant.ofEpochSecond(0, 1),
            Instant.ofEpochSecond(59, 999_999_999),
            Instant.parse("1969-12-31T23:59:59.999Z"),
            Instant.parse("2000-02-29T00:00:00Z"),
            Instant.parse("2024-02-29T23:59:59.120Z"),
            Instant.parse("2024-04-30T23:59:59.123456Z"),
            Instant.parse("2038-01-19T03:14:08Z"),
            Instant.parse("2100-03-01T12:00:00.000001Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"),
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("-0001-12-31T23:59:59Z"),
            Instant.MIN,
            Instant.MAX);

    @Test
    void shouldWriteTheSampleReportAsBefore() throws IOException {
        assertSameBytes(AuditReportFixture.sample());
    }

    @Test
    void shouldWriteTrickyTextAsBefore() throws IOException {
        for (String text : TRICKY) {
            assertSameBytes(everywhere(text, AuditReportFixture.DATE));
        }
    }

    @Test
    void shouldWriteDatesAtTheEdgesAsBefore() throws IOException {
        for (Instant instant : INSTANTS) {
            assertSameBytes(everywhere("x", instant));
        }
    }

    @Test
    void shouldWriteMissingOptionalValuesAsBefore() throws IOException {
        Commit bare = new Commit("legacy", hash(42), null, null, null, null, null, 0);
        Story story = new Story("ABC-7", null, null, null, null, false, null, null, null, null, null, null, null);
        AuditReport report = AuditReportFixture.fixVersion("")
                .browseUrl(null)
                .repository("legacy", null)
                .story(story, StoryCategory.WITHOUT_COMMITS,
                        new StoryCommit("legacy", hash(42), LinkSource.MESSAGE, null, false),
                        new StoryCommit("unknown", hash(43), LinkSource.OVERRIDE, null, true))
                .commit(new CommitResult(bare, CommitCategory.ORPHAN, List.of(), List.of(), false, null, null, null))
                .build();

        assertSameBytes(report);
    }

    @Test
    void shouldWriteManyCommitsWithRandomDatesAsBefore() throws IOException {
        Random random = new Random(12);
        AuditReportFixture fixture = AuditReportFixture.fixVersion("1.0")
                .repository("portal", "https://bitbucket.org/acme/portal/commits/");
        for (int i = 0; i < 3_000; i++) {
            Instant date = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L,
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            Commit commit = new Commit(i % 2 == 0 ? "portal" : "api", hash(i), date, "Dev " + i,
                    "dev" + i + "@example.com", TRICKY.get(i % 9) + i, List.of("main", "release/" + i), 1);
            fixture.commit(new CommitResult(commit, CommitCategory.LINKED,
                    List.of(new Link("ABC-" + i, LinkSource.MESSAGE)), List.of(), false, null, null, null));
        }

        assertSameBytes(fixture.build());
    }

    /** Returns a report with the text in every string a source supplies and the instant in every date. */
    private static AuditReport everywhere(String text, Instant instant) {
        Story story = new Story("ABC-1", text, text, text, text, true, "ABC-2", text, List.of(text, text),
                List.of(text), List.of(text), instant, instant);
        Commit commit = new Commit(text, text, instant, text, text, text, List.of(text, text), 2);
        List<String> reasons = new ArrayList<>(List.of(text));
        return AuditReportFixture.fixVersion(text)
                .browseUrl(text)
                .repository(text, text)
                .scope(text, text)
                .sources(text)
                .gate(GateStatus.FAIL, reasons.toArray(String[]::new))
                .inputWarning(text)
                .warning(text)
                .story(story, StoryCategory.WITH_COMMITS, new StoryCommit(text, text, LinkSource.PR_TITLE, text, true))
                .commit(new CommitResult(commit, CommitCategory.EXEMPT, List.of(new Link(text, LinkSource.MESSAGE)),
                        List.of(new Link(text, LinkSource.PR_BRANCH)), true, text, text, text))
                .build();
    }

    private static void assertSameBytes(AuditReport report) throws IOException {
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        ReferenceReportJsonWriter.write(report, before);
        ByteArrayOutputStream now = new ByteArrayOutputStream();
        ReportJsonWriter.write(report, now);

        assertThat(now.toByteArray()).isEqualTo(before.toByteArray());
    }
}
