package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterNamesTest {

    @Test
    void shouldNameTheStepParametersOfTheCoresFlags() {
        assertThat(ParameterNames.translate("--since-ref cannot be combined with --since: give one"))
                .isEqualTo("sinceRef cannot be combined with since: give one");
        assertThat(ParameterNames.translate("--repo is required with --workspace; --branch too"))
                .isEqualTo("repos is required with workspace; branches too");
        assertThat(ParameterNames.translate("--max-orphan-commits, --policy, --exempt, --ignore-issue-type"))
                .isEqualTo("maxOrphanCommits, policyFile, exemptions, ignoreIssueTypes");
        assertThat(ParameterNames.translate("use --offline to audit the cache"))
                .isEqualTo("use offline: true to audit the cache");
    }

    @Test
    void shouldLeaveFlagsWithoutAParameterAndOtherDashesAlone() {
        assertThat(ParameterNames.translate("--concurrency must be between 1 and 16; see re--run and a -- b"))
                .isEqualTo("--concurrency must be between 1 and 16; see re--run and a -- b");
        assertThat(ParameterNames.translate(null)).isNull();
    }
}
