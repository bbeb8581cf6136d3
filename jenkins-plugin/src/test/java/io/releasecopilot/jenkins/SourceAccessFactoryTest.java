package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.audit.SourceAccess;
import io.releasecopilot.common.SecretValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAccessFactoryTest {

    @Test
    void shouldOfferOnlyTheJenkinsCredentialsAndTheCloudIdNeverTheAgentsEnvironment() {
        StepOptions options = new StepOptions();
        options.jiraCloudId = "11223344-a1b2-3b33-c444-def123456789";
        SourceAccess access = SourceAccessFactory.of(options,
                CredentialValues.none().with("JIRA_ACCESS_TOKEN", "oauth-token"), line -> { });

        assertThat(access.credentials().value("JIRA_ACCESS_TOKEN")).hasValue("oauth-token");
        assertThat(access.credentials().value("JIRA_CLOUD_ID")).hasValue("11223344-a1b2-3b33-c444-def123456789");
        assertThat(access.credentials().value("PATH")).isEmpty();
    }

    @Test
    void shouldTellTheBuildLogThatARotatedRefreshTokenMustBeStoredAgainWithoutPrintingIt() {
        List<String> log = new ArrayList<>();
        SourceAccess access = SourceAccessFactory.of(new StepOptions(), CredentialValues.none(), log::add);

        access.refreshTokenRotated().accept(SecretValue.of("new-refresh-token"));

        assertThat(log).singleElement().asString().contains("update the stored credential")
                .doesNotContain("new-refresh-token");
    }
}
