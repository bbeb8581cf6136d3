package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialValuesTest {

    private final CredentialValues values = CredentialValues.none()
            .with("JIRA_EMAIL", "ann@example.com").with("JIRA_API_TOKEN", "tok-123456").with("SHORT", "ab");

    @Test
    void shouldMaskEveryValueLongestFirst() {
        assertThat(values.mask("login ann@example.com with tok-123456, token tok-123456x"))
                .isEqualTo("login **** with ****, token ****x");
    }

    @Test
    void shouldMaskAnEchoedBasicHeaderAndUrlEncodedValues() {
        CredentialValues bitbucket = CredentialValues.none().with("BITBUCKET_USERNAME", "jdoe")
                .with("BITBUCKET_PASSWORD", "pa/ss+word");
        String header = java.util.Base64.getEncoder().encodeToString(
                "jdoe:pa/ss+word".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(bitbucket.mask("Authorization: Basic " + header + " for ?p=pa%2Fss%2Bword"))
                .isEqualTo("Authorization: Basic **** for ?p=****");
    }

    @Test
    void shouldNeverShowValuesInToString() {
        assertThat(values.toString()).isEqualTo("CredentialValues{JIRA_EMAIL=****, JIRA_API_TOKEN=****, SHORT=****}")
                .doesNotContain("tok-");
    }

    @Test
    void shouldLeaveVeryShortValuesAloneSoTextStaysReadable() {
        assertThat(values.mask("abc")).isEqualTo("abc");
    }
}
