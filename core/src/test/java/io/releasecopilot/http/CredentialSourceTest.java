package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.common.SecretValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lookup by environment name; blanks are absent; layers ask the first source first. */
class CredentialSourceTest {

    @Test
    void shouldTreatBlankValuesAsAbsent() {
        CredentialSource env = CredentialSource.of(Map.of("A", "  ", "B", " value "));

        assertThat(env.value("A")).isEmpty();
        assertThat(env.has("A")).isFalse();
        assertThat(env.value("B")).contains("value");
        assertThat(env.secret("B")).contains(SecretValue.of("value"));
        assertThat(env.value("C")).isEmpty();
    }

    @Test
    void shouldAskTheFallbackOnlyForWhatIsMissing() {
        CredentialSource overrides = CredentialSource.of(Map.of("JIRA_EMAIL", "cli@acme.example", "JIRA_TOKEN", ""));
        CredentialSource secrets = CredentialSource.of(Map.of("JIRA_EMAIL", "sm@acme.example", "JIRA_TOKEN", "pat"));

        CredentialSource merged = overrides.orElse(secrets);

        assertThat(merged.value("JIRA_EMAIL")).contains("cli@acme.example");
        assertThat(merged.value("JIRA_TOKEN")).contains("pat");
    }

    @Test
    void shouldNeverShowASecretInToString() {
        assertThat(CredentialSource.of(Map.of("T", "abc")).secret("T").orElseThrow()).hasToString("****");
    }
}
