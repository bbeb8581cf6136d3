package io.releasecopilot.correlate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OverridesFileTest {

    private static final List<CommitOverride> EXPECTED = List.of(
            new CommitOverride("3f2a9c1", "portal", List.of("ABC-12"), false, "Hotfix agreed with QA"),
            new CommitOverride("0123456", null, List.of(), true, "Build pipeline change"),
            new CommitOverride("1234e10abcdef", null, List.of("ABC-7", "ABC-8", "ABC-9"), false, ""));

    @TempDir
    Path dir;

    @Test
    void shouldLoadYaml() throws URISyntaxException {
        List<CommitOverride> overrides = OverridesFile.load(resource("overrides.yml"));

        assertThat(overrides).usingRecursiveFieldByFieldElementComparatorIgnoringFields("reason")
                .containsExactlyElementsOf(EXPECTED);
        assertThat(overrides).extracting(CommitOverride::reason).containsExactly("Hotfix agreed with QA",
                "Build pipeline change", "Key missing from the message, confirmed by the author");
    }

    @Test
    void shouldLoadCsv() throws URISyntaxException {
        List<CommitOverride> overrides = OverridesFile.load(resource("overrides.csv"));

        assertThat(overrides).usingRecursiveFieldByFieldElementComparatorIgnoringFields("reason")
                .containsExactlyElementsOf(EXPECTED);
        assertThat(overrides).extracting(CommitOverride::reason).containsExactly("Hotfix agreed with QA",
                "Build pipeline change, no story", "Key missing, said \"the author\"\nsecond line");
    }

    @Test
    void shouldAcceptEmptyFilesAndATopLevelList() throws IOException {
        assertThat(OverridesFile.load(write("empty.yaml", ""))).isEmpty();
        assertThat(OverridesFile.load(write("none.yml", "overrides:\n"))).isEmpty();
        assertThat(OverridesFile.load(write("header.csv", "commit,reason\n"))).isEmpty();
        assertThat(OverridesFile.load(write("list.yml", "- {commit: 3f2a9c1, exempt: yes, reason: r}\n")))
                .containsExactly(new CommitOverride("3f2a9c1", null, List.of(), true, "r"));
    }

    @Test
    void shouldAcceptColumnsInAnyOrderAndShortRows() throws IOException {
        assertThat(OverridesFile.load(write("o.csv", "reason,exempt,commit,addKeys\nnot ours,true,3F2A9C1\n")))
                .containsExactly(new CommitOverride("3f2a9c1", null, List.of(), true, "not ours"));
    }

    static Stream<Arguments> badYaml() {
        String ok = "  - commit: 3f2a9c1\n    exempt: true\n    reason: fine\n";
        return Stream.of(
                Arguments.of("overrides:\n" + ok + "  - commit: 3f2a9c2\n    adKeys: [ABC-1]\n    reason: r\n",
                        "entry 2: unknown field 'adKeys' (did you mean 'addKeys'?)"),
                Arguments.of("overrides:\n  - hash: 3f2a9c1\n", "entry 1: unknown field 'hash' (did you mean 'commit'?)"),
                Arguments.of("overrides:\n  - colour: red\n",
                        "entry 1: unknown field 'colour' (known: commit, repo, addKeys, exempt, reason)"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    exempt: true\n",
                        "entry 1: missing field 'reason' (every override needs one; it is shown in the report)"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    exempt: true\n    reason: '  '\n",
                        "entry 1: missing field 'reason' (every override needs one; it is shown in the report)"),
                Arguments.of("overrides:\n  - exempt: true\n    reason: r\n", "entry 1: missing field 'commit'"),
                Arguments.of("overrides:\n  - commit: xyz1234\n    exempt: true\n    reason: r\n",
                        "entry 1: field 'commit': 'xyz1234' is not a commit hash (7 to 40 hex digits)"),
                Arguments.of("overrides:\n  - commit: 3f2a9\n    exempt: true\n    reason: r\n",
                        "entry 1: field 'commit': '3f2a9' is not a commit hash (7 to 40 hex digits)"),
                Arguments.of("overrides:\n  - commit: " + "a".repeat(41) + "\n    exempt: true\n    reason: r\n",
                        "entry 1: field 'commit': '" + "a".repeat(41) + "' is not a commit hash (7 to 40 hex digits)"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    addKeys: [ABC12]\n    reason: r\n",
                        "entry 1: field 'addKeys': 'ABC12' is not an issue key (like ABC-12)"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    addKeys: ABC-1 ABC-012\n    reason: r\n",
                        "entry 1: field 'addKeys': 'ABC-012' is not an issue key (like ABC-12)"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    reason: r\n",
                        "entry 1: override of 3f2a9c1 neither adds keys (addKeys) nor sets exempt: true"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    addKeys: []\n    exempt: false\n    reason: r\n",
                        "entry 1: override of 3f2a9c1 neither adds keys (addKeys) nor sets exempt: true"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    exempt: maybe\n    reason: r\n",
                        "entry 1: field 'exempt': 'maybe' is not true or false"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    exempt: true\n    reason: r\n    reason: s\n",
                        "entry 1: field 'reason' is given twice"),
                Arguments.of("overrides:\n  - commit: [3f2a9c1]\n    exempt: true\n    reason: r\n",
                        "entry 1: field 'commit' must be a single value, not a list"),
                Arguments.of("overrides:\n  - commit: 3f2a9c1\n    exempt: true\n    reason: {a: b}\n",
                        "entry 1: field 'reason' must be a plain value, not a mapping"),
                Arguments.of("overrides:\n" + ok + "  - 3f2a9c1\n",
                        "entry 2: expected fields commit, repo, addKeys, exempt, reason"),
                Arguments.of("overide:\n" + ok, "unknown top-level field 'overide' (did you mean 'overrides'?)"),
                Arguments.of("commits:\n" + ok, "unknown top-level field 'commits' (expected 'overrides')"),
                Arguments.of("overrides: 3f2a9c1\n", "'overrides' must be a list of entries"),
                Arguments.of("just text\n", "expected 'overrides:' with a list of entries"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badYaml")
    void shouldRejectBadYamlNamingFileEntryAndField(String yaml, String problem) throws IOException {
        Path file = write("overrides.yml", yaml);

        assertThatThrownBy(() -> OverridesFile.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ": " + problem);
    }

    @Test
    void shouldReportTheLineOfInvalidYaml() throws IOException {
        Path file = write("overrides.yml", "overrides:\n  - commit: 3f2a9c1\n    reason: \"unclosed\n");

        assertThatThrownBy(() -> OverridesFile.load(file)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith(file + ": line ").hasMessageContaining("invalid YAML").hasMessageNotContaining("\n");
    }

    @Test
    void shouldReadQuotedCommasEmbeddedLineBreaksDoubledQuotesAndABom() throws IOException {
        Path file = write("edge.csv", "\uFEFFcommit,repo,addKeys,exempt,reason\r\n"
                + "# a comment\r\n"
                + "3f2a9c1, portal ,\"ABC-1, ABC-2\",false,\"Hotfix, agreed\r\nwith \"\"QA\"\"\"\r\n"
                + "\r\n"
                + "4f2a9c1,,,true,r\r\n");

        List<CommitOverride> overrides = OverridesFile.load(file);

        assertThat(overrides).hasSize(2);
        assertThat(overrides.get(0).hash()).isEqualTo("3f2a9c1");
        assertThat(overrides.get(0).repo()).isEqualTo("portal");
        assertThat(overrides.get(0).addKeys()).containsExactly("ABC-1", "ABC-2");
        assertThat(overrides.get(0).reason()).isEqualTo("Hotfix, agreed\r\nwith \"QA\"");
        assertThat(overrides.get(1).exempt()).isTrue();
    }

    @Test
    void shouldReadAFileWithOldMacLineEndings() throws IOException {
        Path file = write("cr.csv", "commit,exempt,reason\r3f2a9c1,true,first\r4f2a9c1,true,second\r");

        assertThat(OverridesFile.load(file)).extracting(CommitOverride::reason).containsExactly("first", "second");
    }

    @Test
    void shouldNameTheLineOfAnErrorAfterAQuotedLineBreakWithCrLf() throws IOException {
        Path file = write("crlf.csv", "commit,exempt,reason\r\n3f2a9c1,true,\"two\r\nlines\"\r\n4f2a9c1,nope,r\r\n");

        assertThatThrownBy(() -> OverridesFile.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ": line 4: field 'exempt': 'nope' is not true or false");
    }

    static Stream<Arguments> badCsv() {
        String header = "commit,repo,addKeys,exempt,reason\n";
        return Stream.of(
                Arguments.of("commit,repo,adKeys,exempt,reason\n", "line 1: unknown column 'adKeys' (did you mean 'addKeys'?)"),
                Arguments.of("commit,repo,addKeys,exempt\n",
                        "line 1: missing column 'reason' (header: commit,repo,addKeys,exempt,reason)"),
                Arguments.of("commit,commit,reason\n", "line 1: column 'commit' is given twice"),
                Arguments.of(header + "3f2a9c1,portal,ABC-1,false,Hotfix, agreed\n",
                        "line 2: 6 fields but the header has 5 (quote a field that holds a comma)"),
                Arguments.of(header + "3f2a9c1,,,true,ok\n\nnot-a-hash,,,true,r\n",
                        "line 4: field 'commit': 'not-a-hash' is not a commit hash (7 to 40 hex digits)"),
                Arguments.of(header + "3f2a9c1,,,true,\n",
                        "line 2: missing field 'reason' (every override needs one; it is shown in the report)"),
                Arguments.of(header + "3f2a9c1,,ABC-1;X,false,r\n",
                        "line 2: field 'addKeys': 'X' is not an issue key (like ABC-12)"),
                Arguments.of(header + "3f2a9c1,,,false,r\n",
                        "line 2: override of 3f2a9c1 neither adds keys (addKeys) nor sets exempt: true"),
                Arguments.of(header + "3f2a9c1,,,true,\"multi\nline\"\n4f2a9c1,,,nope,r\n",
                        "line 4: field 'exempt': 'nope' is not true or false"),
                Arguments.of(header + "3f2a9c1,,,true,\"unclosed\n", "line 2: quoted field is not closed"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badCsv")
    void shouldRejectBadCsvNamingFileLineAndField(String csv, String problem) throws IOException {
        Path file = write("overrides.csv", csv);

        assertThatThrownBy(() -> OverridesFile.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ": " + problem);
    }

    @Test
    void shouldRejectOtherFileTypesAndMissingFiles() throws IOException {
        Path json = write("overrides.json", "{}");
        Path missing = dir.resolve("missing.yml");

        assertThatThrownBy(() -> OverridesFile.load(json)).isInstanceOf(UsageException.class)
                .hasMessage(json + ": unsupported overrides file type; use .yml, .yaml or .csv");
        assertThatThrownBy(() -> OverridesFile.load(missing)).isInstanceOf(UsageException.class)
                .hasMessage(missing + ": overrides file not found");
    }

    @Test
    void shouldRejectTextThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "commit,reason\n3f2a9c1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> OverridesFile.load(file)).isInstanceOf(UsageException.class)
                .hasMessage(file + ": not UTF-8 text");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(OverridesFileTest.class.getResource("overrides/" + name).toURI());
    }
}
