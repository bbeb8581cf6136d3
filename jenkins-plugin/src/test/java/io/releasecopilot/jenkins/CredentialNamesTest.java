package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.jenkins.CredentialNames.Service;
import org.junit.jupiter.api.Test;

class CredentialNamesTest {

    @Test
    void shouldFillTheEnvironmentNamesOfProductSection7() {
        assertThat(CredentialNames.usernamePassword(Service.JIRA, null)).containsExactly("JIRA_EMAIL", "JIRA_API_TOKEN");
        assertThat(CredentialNames.secretText(Service.JIRA, "cloud")).isEqualTo("JIRA_ACCESS_TOKEN");
        assertThat(CredentialNames.secretText(Service.JIRA, "datacenter")).isEqualTo("JIRA_TOKEN");
        assertThat(CredentialNames.usernamePassword(Service.BITBUCKET, "Cloud"))
                .containsExactly("BITBUCKET_EMAIL", "BITBUCKET_API_TOKEN");
        assertThat(CredentialNames.usernamePassword(Service.BITBUCKET, "datacenter"))
                .containsExactly("BITBUCKET_USERNAME", "BITBUCKET_PASSWORD");
        assertThat(CredentialNames.secretText(Service.BITBUCKET, "datacenter")).isEqualTo("BITBUCKET_ACCESS_TOKEN");
    }

    @Test
    void shouldReadAJiraDataCenterUserAndPasswordUnderTheNamesTheCoreReadsThem() {
        assertThat(CredentialNames.usernamePassword(Service.JIRA, "datacenter"))
                .containsExactly("JIRA_EMAIL", "JIRA_API_TOKEN");
    }

    @Test
    void shouldRejectUnknownFlavorsNamingTheParameter() {
        assertThatThrownBy(() -> CredentialNames.secretText(Service.BITBUCKET, "server"))
                .hasMessage("bitbucketFlavor: 'server' is neither cloud nor datacenter");
    }
}
