package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.jenkins.CredentialNames.Service;
import org.junit.jupiter.api.Test;

class CredentialNamesTest {

    @Test
    void shouldFillTheEnvironmentNamesOfProductSection7() {
        assertThat(CredentialNames.usernamePassword(Service.JIRA, null)).containsExactly("JIRA_EMAIL", "JIRA_API_TOKEN");
        assertThat(CredentialNames.secretText(Service.JIRA, Flavor.CLOUD)).isEqualTo("JIRA_ACCESS_TOKEN");
        assertThat(CredentialNames.secretText(Service.JIRA, Flavor.DATACENTER)).isEqualTo("JIRA_TOKEN");
        assertThat(CredentialNames.usernamePassword(Service.BITBUCKET, Flavor.CLOUD))
                .containsExactly("BITBUCKET_EMAIL", "BITBUCKET_API_TOKEN");
        assertThat(CredentialNames.usernamePassword(Service.BITBUCKET, Flavor.DATACENTER))
                .containsExactly("BITBUCKET_USERNAME", "BITBUCKET_PASSWORD");
        assertThat(CredentialNames.secretText(Service.BITBUCKET, Flavor.DATACENTER)).isEqualTo("BITBUCKET_ACCESS_TOKEN");
    }

    @Test
    void shouldReadAJiraDataCenterUserAndPasswordUnderTheNamesTheCoreReadsThem() {
        assertThat(CredentialNames.usernamePassword(Service.JIRA, Flavor.DATACENTER))
                .containsExactly("JIRA_EMAIL", "JIRA_API_TOKEN");
    }
}
