package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bitbucket credentials from environment names to API base and Auth. */
class BitbucketAccessTest {

    private static ApiAccess cloud(Map<String, String> env) {
        return BitbucketAccess.resolve(CredentialSource.of(env), "cloud", null);
    }

    private static ApiAccess dataCenter(Map<String, String> env) {
        return BitbucketAccess.resolve(CredentialSource.of(env), "datacenter",
                URI.create("https://bitbucket.example.com"));
    }

    @Test
    void shouldUseBasicWithEmailAndApiTokenOnTheDefaultHost() {
        ApiAccess access = cloud(Map.of("BITBUCKET_EMAIL", "jane@acme.example", "BITBUCKET_API_TOKEN", "tok"));

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://api.bitbucket.org"));
        assertThat(access.auth()).isInstanceOfSatisfying(Auth.Basic.class, basic -> {
            assertThat(basic.user()).isEqualTo("jane@acme.example");
            assertThat(basic.password()).isEqualTo(SecretValue.of("tok"));
            assertThat(basic.credentialNames()).startsWith("BITBUCKET_EMAIL").contains("BITBUCKET_API_TOKEN");
        });
    }

    @Test
    void shouldUseBearerForAnAccessToken() {
        ApiAccess access = cloud(Map.of("BITBUCKET_ACCESS_TOKEN", "acc"));

        assertThat(access.auth()).isInstanceOfSatisfying(Auth.Bearer.class,
                b -> assertThat(b.header()).contains("Bearer acc"));
    }

    @Test
    void shouldRejectAnAppPasswordSayingWhatToUseInstead() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_USERNAME", "jane", "BITBUCKET_APP_PASSWORD", "app-pw")))
                .isInstanceOf(UsageException.class)
                .hasMessage("BITBUCKET_APP_PASSWORD: Bitbucket Cloud app passwords were removed on 2026-07-28;"
                        + " create an API token (BITBUCKET_EMAIL + BITBUCKET_API_TOKEN) or an access token"
                        + " (BITBUCKET_ACCESS_TOKEN)");
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_ACCESS_TOKEN", "acc", "BITBUCKET_APP_PASSWORD", "app-pw")))
                .hasMessageStartingWith("BITBUCKET_APP_PASSWORD:");
    }

    @Test
    void shouldRejectAPasswordOnCloud() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_USERNAME", "jane", "BITBUCKET_PASSWORD", "pw")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("BITBUCKET_PASSWORD: Bitbucket Cloud accepts neither account passwords nor"
                        + " app passwords");
    }

    @Test
    void shouldAskForTheEmailWhenAnApiTokenComesWithAUsername() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_USERNAME", "jane", "BITBUCKET_API_TOKEN", "tok")))
                .hasMessage("Bitbucket Cloud API token: BITBUCKET_API_TOKEN goes with the Atlassian account email, not"
                        + " the Bitbucket username; set BITBUCKET_EMAIL");
    }

    @Test
    void shouldNameTheMissingHalfOfAnApiToken() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_EMAIL", "jane@acme.example")))
                .hasMessage("Bitbucket Cloud API token: BITBUCKET_EMAIL is set but BITBUCKET_API_TOKEN is not; set"
                        + " BITBUCKET_API_TOKEN");
    }

    @Test
    void shouldListTheChoicesWhenNothingIsSet() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_ACCESS_TOKEN", " ")))
                .isInstanceOf(UsageException.class)
                .hasMessage("Bitbucket Cloud credentials missing: set BITBUCKET_EMAIL and BITBUCKET_API_TOKEN (API"
                        + " token), or BITBUCKET_ACCESS_TOKEN (access token)");
    }

    @Test
    void shouldRefuseTwoCredentialsAtOnce() {
        assertThatThrownBy(() -> cloud(Map.of("BITBUCKET_EMAIL", "e", "BITBUCKET_API_TOKEN", "t",
                "BITBUCKET_ACCESS_TOKEN", "a")))
                .hasMessageContaining("unset one of them");
    }

    @Test
    void shouldMapTheWebHostAndVersionSuffixToTheApiBase() {
        CredentialSource env = CredentialSource.of(Map.of("BITBUCKET_ACCESS_TOKEN", "acc"));
        assertThat(BitbucketAccess.resolve(env, "cloud", URI.create("https://bitbucket.org")).baseUrl())
                .isEqualTo(URI.create("https://api.bitbucket.org"));
        assertThat(BitbucketAccess.resolve(env, "cloud", URI.create("https://api.bitbucket.org/2.0/")).baseUrl())
                .isEqualTo(URI.create("https://api.bitbucket.org"));
        assertThat(BitbucketAccess.resolve(CredentialSource.of(Map.of("BITBUCKET_ACCESS_TOKEN", "acc",
                "BITBUCKET_BASE_URL", "http://localhost:8089")), "cloud", null).baseUrl())
                .isEqualTo(URI.create("http://localhost:8089"));
    }

    @Test
    void shouldUseBearerOrBasicOnDataCenter() {
        assertThat(dataCenter(Map.of("BITBUCKET_ACCESS_TOKEN", "http-token")).auth())
                .isEqualTo(new Auth.Bearer(SecretValue.of("http-token"),
                        "BITBUCKET_ACCESS_TOKEN (an HTTP access token; it may have expired or been revoked)"));
        assertThat(dataCenter(Map.of("BITBUCKET_USERNAME", "jdoe", "BITBUCKET_PASSWORD", "pw")).auth())
                .isEqualTo(new Auth.Basic("jdoe", SecretValue.of("pw"), "BITBUCKET_USERNAME and BITBUCKET_PASSWORD"));
        assertThat(dataCenter(Map.of("BITBUCKET_ACCESS_TOKEN", "t")).baseUrl())
                .isEqualTo(URI.create("https://bitbucket.example.com"));
    }

    @Test
    void shouldNameWhatDataCenterStillNeeds() {
        assertThatThrownBy(() -> dataCenter(Map.of("BITBUCKET_USERNAME", "jdoe")))
                .hasMessage("Bitbucket Data Center username and password: BITBUCKET_USERNAME is set but"
                        + " BITBUCKET_PASSWORD is not; set BITBUCKET_PASSWORD");
        assertThatThrownBy(() -> dataCenter(Map.of()))
                .hasMessage("Bitbucket Data Center credentials missing: set BITBUCKET_ACCESS_TOKEN (an HTTP access"
                        + " token), or BITBUCKET_USERNAME and BITBUCKET_PASSWORD");
        assertThatThrownBy(() -> BitbucketAccess.resolve(CredentialSource.of(Map.of("BITBUCKET_ACCESS_TOKEN", "t")),
                "datacenter", null))
                .hasMessageStartingWith("BITBUCKET_BASE_URL: not set");
    }
}
