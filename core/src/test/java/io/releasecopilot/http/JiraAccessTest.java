package io.releasecopilot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jira credentials from environment names to API base and Auth. */
class JiraAccessTest {

    private static final URI SITE = URI.create("https://acme.atlassian.net/");
    private static final String CLOUD_ID = "11223344-a1b2-3b33-c444-def123456789";

    private static ApiAccess cloud(Map<String, String> env) {
        return JiraAccess.resolve(CredentialSource.of(env), "cloud", SITE);
    }

    @Test
    void shouldUseBasicOnTheSiteWithEmailAndApiToken() {
        ApiAccess access = cloud(Map.of("JIRA_EMAIL", "jane@acme.example", "JIRA_API_TOKEN", "tok"));

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://acme.atlassian.net"));
        assertThat(access.auth()).isEqualTo(new Auth.Basic("jane@acme.example", SecretValue.of("tok"),
                "JIRA_EMAIL and JIRA_API_TOKEN (API tokens expire after at most one year)"));
        assertThat(access.resolve("/rest/api/3/search/jql"))
                .isEqualTo(URI.create("https://acme.atlassian.net/rest/api/3/search/jql"));
    }

    @Test
    void shouldUseTheGatewayWithCloudId() {
        ApiAccess access = cloud(Map.of("JIRA_EMAIL", "jane@acme.example", "JIRA_API_TOKEN", "tok",
                "JIRA_CLOUD_ID", CLOUD_ID));

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://api.atlassian.com/ex/jira/" + CLOUD_ID));
        assertThat(access.auth()).isInstanceOf(Auth.Basic.class);
        assertThat(access.auth().credentialNames()).contains("JIRA_CLOUD_ID");
    }

    @Test
    void shouldNotNeedTheSiteWithCloudId() {
        ApiAccess access = JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_EMAIL", "jane@acme.example",
                "JIRA_API_TOKEN", "tok", "JIRA_CLOUD_ID", CLOUD_ID)), "cloud", null);

        assertThat(access.baseUrl().getHost()).isEqualTo("api.atlassian.com");
    }

    @Test
    void shouldReadTheSiteFromJiraBaseUrl() {
        ApiAccess access = JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_BASE_URL", "https://acme.atlassian.net",
                "JIRA_EMAIL", "jane@acme.example", "JIRA_API_TOKEN", "tok")), "CLOUD", null);

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://acme.atlassian.net"));
    }

    @Test
    void shouldUseOAuthThroughTheGateway() {
        ApiAccess access = cloud(Map.of("JIRA_ACCESS_TOKEN", "acc", "JIRA_REFRESH_TOKEN", "ref",
                "JIRA_CLIENT_ID", "cid", "JIRA_CLIENT_SECRET", "sec", "JIRA_CLOUD_ID", CLOUD_ID));

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://api.atlassian.com/ex/jira/" + CLOUD_ID));
        assertThat(access.auth()).isInstanceOfSatisfying(OAuth2.class, oauth -> {
            assertThat(oauth.canRefresh()).isTrue();
            assertThat(oauth.header()).contains("Bearer acc");
            assertThat(oauth.tokenEndpoint()).isEqualTo(URI.create("https://auth.atlassian.com/oauth/token"));
        });
    }

    @Test
    void shouldAcceptAnAccessTokenAlone() {
        ApiAccess access = cloud(Map.of("JIRA_ACCESS_TOKEN", "acc", "JIRA_CLOUD_ID", CLOUD_ID));

        assertThat(access.auth()).isInstanceOfSatisfying(OAuth2.class, o -> assertThat(o.canRefresh()).isFalse());
    }

    @Test
    void shouldRequireCloudIdForOAuth() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_ACCESS_TOKEN", "acc")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("JIRA_CLOUD_ID: not set; Jira OAuth 2.0 tokens")
                .hasMessageContaining("https://api.atlassian.com/ex/jira/<cloudId>");
    }

    @Test
    void shouldNameWhatTheRefreshTokenStillNeeds() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_REFRESH_TOKEN", "ref", "JIRA_CLIENT_ID", "cid",
                "JIRA_CLOUD_ID", CLOUD_ID)))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira OAuth refresh: JIRA_REFRESH_TOKEN and JIRA_CLIENT_ID are set but JIRA_CLIENT_SECRET"
                        + " is not; set JIRA_CLIENT_SECRET");
    }

    @Test
    void shouldNameTheMissingHalfOfAnApiToken() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_API_TOKEN", "tok")))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira Cloud API token: JIRA_API_TOKEN is set but JIRA_EMAIL is not; set JIRA_EMAIL");
        assertThatThrownBy(() -> cloud(Map.of("JIRA_EMAIL", "jane@acme.example", "JIRA_API_TOKEN", "  ")))
                .hasMessage("Jira Cloud API token: JIRA_EMAIL is set but JIRA_API_TOKEN is not; set JIRA_API_TOKEN");
    }

    @Test
    void shouldListTheChoicesWhenNothingIsSet() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_EMAIL", "")))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira Cloud credentials missing: set JIRA_EMAIL and JIRA_API_TOKEN (API token), or"
                        + " JIRA_CLOUD_ID with JIRA_ACCESS_TOKEN and/or JIRA_REFRESH_TOKEN, JIRA_CLIENT_ID and"
                        + " JIRA_CLIENT_SECRET (OAuth 2.0)");
    }

    @Test
    void shouldExplainThatADataCenterTokenDoesNotWorkOnCloud() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_TOKEN", "pat")))
                .hasMessageContaining("JIRA_TOKEN is a Data Center personal access token");
    }

    @Test
    void shouldRefuseTwoCredentialsAtOnce() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_EMAIL", "e", "JIRA_API_TOKEN", "t", "JIRA_ACCESS_TOKEN", "a")))
                .hasMessageContaining("unset one of them");
    }

    @Test
    void shouldRefuseADataCenterTokenBesideCloudCredentials() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_EMAIL", "e", "JIRA_API_TOKEN", "t", "JIRA_TOKEN", "pat")))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira Cloud: both a Data Center personal access token (JIRA_TOKEN) and an API token"
                        + " (JIRA_API_TOKEN) are set; unset one of them");
    }

    @Test
    void shouldRequireTheSiteWithoutCloudId() {
        assertThatThrownBy(() -> JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_EMAIL", "e",
                "JIRA_API_TOKEN", "t")), "cloud", null))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("JIRA_BASE_URL: not set");
    }

    @Test
    void shouldRejectAMalformedCloudId() {
        assertThatThrownBy(() -> cloud(Map.of("JIRA_ACCESS_TOKEN", "a", "JIRA_CLOUD_ID", "../../evil")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("JIRA_CLOUD_ID: expected an id like");
    }

    @Test
    void shouldUseBearerForADataCenterPersonalAccessToken() {
        ApiAccess access = JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_TOKEN", "pat")), "datacenter",
                URI.create("https://jira.example.com/jira/"));

        assertThat(access.baseUrl()).isEqualTo(URI.create("https://jira.example.com/jira"));
        assertThat(access.auth()).isInstanceOfSatisfying(Auth.Bearer.class,
                b -> assertThat(b.header()).contains("Bearer pat"));
    }

    @Test
    void shouldAcceptUsernameAndPasswordOnDataCenter() {
        ApiAccess access = JiraAccess.resolve(CredentialSource.of(Map.of("JIRA_EMAIL", "jdoe",
                "JIRA_API_TOKEN", "pw")), "datacenter", URI.create("https://jira.example.com"));

        assertThat(access.auth()).isEqualTo(new Auth.Basic("jdoe", SecretValue.of("pw"),
                "JIRA_EMAIL (the Data Center username) and JIRA_API_TOKEN (its password)"));
    }

    @Test
    void shouldNameDataCenterChoicesWhenNothingIsSet() {
        assertThatThrownBy(() -> JiraAccess.resolve(CredentialSource.of(Map.of()), "datacenter",
                URI.create("https://jira.example.com")))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira Data Center credentials missing: set JIRA_TOKEN (a personal access token), or"
                        + " JIRA_EMAIL and JIRA_API_TOKEN (username and password)");
    }

    @Test
    void shouldRejectAnUnknownFlavorAndBadUrls() {
        CredentialSource env = CredentialSource.of(Map.of("JIRA_TOKEN", "pat"));
        assertThatThrownBy(() -> JiraAccess.resolve(env, "server", SITE))
                .isInstanceOf(UsageException.class)
                .hasMessage("Jira flavor: expected cloud or datacenter, got 'server'");
        assertThatThrownBy(() -> JiraAccess.resolve(env, "datacenter", URI.create("ftp://jira.example.com")))
                .hasMessageStartingWith("JIRA_BASE_URL: expected an http(s) URL");
        assertThatThrownBy(() -> JiraAccess.resolve(env, "datacenter",
                URI.create("https://admin:hunter22@jira.example.com")))
                .hasMessageStartingWith("JIRA_BASE_URL: must not contain a user name or password")
                .hasMessageNotContaining("hunter22");
    }
}
