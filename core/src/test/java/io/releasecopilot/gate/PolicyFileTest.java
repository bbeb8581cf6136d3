package io.releasecopilot.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheLongAndShortFormsAndIgnoredIssueTypes() throws IOException {
        Path file = write("""
                # release-copilot policy
                thresholds:
                  storiesWithoutCommits: {warn: 0, fail: 5}
                  orphanCommits: {fail: 50}
                  orphanShare: {warn: 0.01, fail: 0.05}
                  coverage: {warn: 0.95, fail: 0.90}
                  outOfScopeCommits: 20
                  storiesNotDone:
                    warn: 3
                ignoreIssueTypes: [Epic, Test]
                """);

        Policy policy = PolicyFile.load(file);

        assertThat(policy.thresholds()).isEqualTo(Map.of(
                Metric.STORIES_WITHOUT_COMMITS, new Threshold(0.0, 5.0),
                Metric.STORIES_NOT_DONE, new Threshold(3.0, null),
                Metric.ORPHAN_COMMITS, new Threshold(null, 50.0),
                Metric.ORPHAN_SHARE, new Threshold(0.01, 0.05),
                Metric.OUT_OF_SCOPE_COMMITS, new Threshold(null, 20.0),
                Metric.COVERAGE, new Threshold(0.95, 0.9)));
        assertThat(policy.ignoredIssueTypes()).containsExactlyInAnyOrder("Epic", "Test");
        assertThat(policy.source()).isEqualTo(file.toString());
    }

    @Test
    void shouldReadTheShortFormAsTheFailLimit() throws IOException {
        Policy policy = PolicyFile.load(write("thresholds:\n  storiesWithoutCommits: 5\n"));

        assertThat(policy.thresholds()).containsExactly(Map.entry(Metric.STORIES_WITHOUT_COMMITS, Threshold.failAt(5)));
        assertThat(policy.ignoredIssueTypes()).isEmpty();
    }

    @Test
    void shouldAcceptAFileWithOnlyIgnoredIssueTypesOrNoThresholds() throws IOException {
        assertThat(PolicyFile.load(write("ignoreIssueTypes: [Epic]\n")).thresholds()).isEmpty();
        assertThat(PolicyFile.load(write("thresholds: {}\nignoreIssueTypes: []\n")).thresholds()).isEmpty();
    }

    @Test
    void shouldAcceptEqualWarnAndFailLimits() throws IOException {
        Policy policy = PolicyFile.load(write(
                "thresholds:\n  coverage: {warn: 0.9, fail: 0.9}\n  orphanCommits: {warn: 3, fail: 3}\n"));

        assertThat(policy.thresholds()).hasSize(2);
    }

    @Test
    void shouldQuoteAnUnknownKeyWithoutItsBidiOverrideAndCutWithTheSharedEllipsis() throws IOException {
        Path spoofed = write("thresholds:\n  \"cover\u202Eegarev\": 0.9\n");
        assertThatThrownBy(() -> PolicyFile.load(spoofed)).isInstanceOf(UsageException.class)
                .hasMessageContaining("thresholds.cover?egarev").hasMessageNotContaining("\u202E");

        Path longKey = write("thresholds:\n  " + "k".repeat(100) + ": 1\n");
        assertThatThrownBy(() -> PolicyFile.load(longKey)).isInstanceOf(UsageException.class)
                .hasMessageContaining("k…").hasMessageNotContaining("...");
    }

    @Test
    void shouldGateWithALoadedPolicy() throws IOException {
        Policy policy = PolicyFile.load(write("thresholds:\n  storiesWithoutCommits: {warn: 0, fail: 5}\n"));

        GateResult gate = Gate.evaluate(policy, Audits.audit().withCommits(10).withoutCommits(12).build());

        assertThat(gate.reasons()).containsExactly("12 stories without commits (FAIL above 5)");
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("threshold:\n  coverage: 0.9\n",
                        "threshold: unknown key (did you mean 'thresholds'?)"),
                Arguments.of("owner: me\n",
                        "owner: unknown key (known keys: thresholds, ignoreIssueTypes)"),
                Arguments.of("thresholds:\n  orphanCommit: 5\n",
                        "thresholds.orphanCommit: unknown metric (did you mean 'orphanCommits'?)"),
                Arguments.of("thresholds:\n  Coverage: 0.9\n",
                        "thresholds.Coverage: unknown metric (did you mean 'coverage'?)"),
                Arguments.of("thresholds:\n  maxBugs: 5\n",
                        "thresholds.maxBugs: unknown metric (known metrics: storiesWithoutCommits, storiesRevertedOnly, "
                                + "storiesNotDone, orphanCommits, orphanShare, outOfScopeCommits, outOfScopeShare, coverage)"),
                Arguments.of("thresholds:\n  coverage: {warning: 0.9}\n",
                        "thresholds.coverage.warning: unknown level (did you mean 'warn'?)"),
                Arguments.of("thresholds:\n  orphanCommits: {max: 3}\n",
                        "thresholds.orphanCommits.max: unknown level (known levels: warn, fail)"),
                Arguments.of("thresholds:\n  orphanCommits: -1\n",
                        "thresholds.orphanCommits: must not be negative, got -1"),
                Arguments.of("thresholds:\n  coverage: {warn: -0.1}\n",
                        "thresholds.coverage.warn: must not be negative, got -0.1"),
                Arguments.of("thresholds:\n  orphanShare: 5\n",
                        "thresholds.orphanShare: a share must be between 0 and 1, got 5 (write 5% as 0.05)"),
                Arguments.of("thresholds:\n  coverage: {fail: 95}\n",
                        "thresholds.coverage.fail: a share must be between 0 and 1, got 95 (write 95% as 0.95)"),
                Arguments.of("thresholds:\n  outOfScopeShare: {warn: 250}\n",
                        "thresholds.outOfScopeShare.warn: a share must be between 0 and 1, got 250"),
                Arguments.of("thresholds:\n  orphanCommits: 0.05\n",
                        "thresholds.orphanCommits: a count must be a whole number, got 0.05"),
                Arguments.of("thresholds:\n  storiesWithoutCommits: {warn: 10, fail: 5}\n",
                        "thresholds.storiesWithoutCommits: the warn limit 10 is above the fail limit 5 "
                                + "(for a maximum, warn must be at most fail)"),
                Arguments.of("thresholds:\n  coverage: {warn: 0.85, fail: 0.9}\n",
                        "thresholds.coverage: the warn limit 0.85 is below the fail limit 0.9 "
                                + "(for a minimum, warn must be at least fail)"),
                Arguments.of("thresholds:\n  orphanCommits: fifty\n",
                        "thresholds.orphanCommits: expected a number or {warn: …, fail: …}, got 'fifty'"),
                Arguments.of("thresholds:\n  orphanCommits: [1, 2]\n",
                        "thresholds.orphanCommits: expected a number or {warn: …, fail: …}, got a list"),
                Arguments.of("thresholds:\n  orphanCommits: {fail: \"5\"}\n",
                        "thresholds.orphanCommits.fail: expected a number, got '5'"),
                Arguments.of("thresholds:\n  orphanCommits: {fail: }\n",
                        "thresholds.orphanCommits.fail: expected a number, got nothing"),
                Arguments.of("thresholds:\n  orphanCommits: {fail: true}\n",
                        "thresholds.orphanCommits.fail: expected a number, got true"),
                Arguments.of("thresholds:\n  orphanCommits: {}\n",
                        "thresholds.orphanCommits: expected a warn and/or fail limit, got {}"),
                Arguments.of("thresholds: [1, 2]\n",
                        "thresholds: expected a mapping of metric to limits, got a list"),
                Arguments.of("thresholds:\n",
                        "thresholds: expected a mapping of metric to limits, got nothing"),
                Arguments.of("ignoreIssueTypes: Epic\n",
                        "ignoreIssueTypes: expected a list of issue type names such as [Epic, Test], got 'Epic'"),
                Arguments.of("ignoreIssueTypes: [Epic, 5]\n",
                        "ignoreIssueTypes[1]: expected an issue type name, got 5"),
                Arguments.of("ignoreIssueTypes: [Epic, '  ']\n",
                        "ignoreIssueTypes[1]: expected an issue type name, got '  '"),
                Arguments.of("- thresholds\n",
                        "expected a mapping with thresholds and/or ignoreIssueTypes at the top level, got a list"),
                Arguments.of("strict\n",
                        "expected a mapping with thresholds and/or ignoreIssueTypes at the top level, got 'strict'"),
                Arguments.of("",
                        "the policy file is empty (expected thresholds and/or ignoreIssueTypes)"),
                Arguments.of("# release-copilot policy\n\n",
                        "the policy file is empty (expected thresholds and/or ignoreIssueTypes)"),
                Arguments.of("thresholds:\n  coverage: {warn: 0.9\n  orphanCommits: 5\n",
                        "malformed YAML at line 3, column 16: expected ',' or '}', but got :"),
                Arguments.of("thresholds:\n  coverage: 0.9\n  coverage: 0.8\n",
                        "malformed YAML at line 3, column 11: duplicate key 'coverage'"),
                Arguments.of("thresholds:\n\tcoverage: 0.9\n",
                        "malformed YAML at line 2, column 1: found character '\\t(TAB)' that cannot start any token. "
                                + "(Do not use \\t(TAB) for indentation)"),
                Arguments.of("thresholds: {}\n---\nignoreIssueTypes: []\n",
                        "malformed YAML at line 3, column 1: more than one YAML document"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("errors")
    void shouldRejectAnInvalidPolicyWithOneLineNamingFileAndKey(String yaml, String problem) throws IOException {
        Path file = write(yaml);

        assertThatThrownBy(() -> PolicyFile.load(file))
                .isInstanceOf(UsageException.class)
                .hasMessage(file + ": " + problem)
                .hasNoCause();
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = dir.resolve("nope.yml");

        assertThatThrownBy(() -> PolicyFile.load(missing))
                .isInstanceOf(UsageException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void shouldRejectAFileThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.yml"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> PolicyFile.load(latin1)).hasMessage(latin1 + ": not UTF-8 text");
    }

    @Test
    void shouldNameTheFileAsGivenInMessages() {
        assertThatThrownBy(() -> PolicyFile.parse("policy.yml", "thresholds:\n  orphanCommit: 5\n"))
                .hasMessage("policy.yml: thresholds.orphanCommit: unknown metric (did you mean 'orphanCommits'?)");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("policy.yml"), yaml);
    }
}
