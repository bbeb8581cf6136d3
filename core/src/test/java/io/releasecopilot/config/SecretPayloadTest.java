package io.releasecopilot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretPayloadTest {

    @Test
    void shouldMapKeysToSettingsAndIgnoreNamesThatCannotComeFromSecrets() {
        Map<String, Setting> settings = SecretPayload.parse("SECRET_JIRA", "team/jira", SecretValue.of(
                "{\"JIRA_EMAIL\": \"rm@example.com\", \"JIRA_API_TOKEN\": \"tok\", \"AWS_REGION\": \"us-east-1\","
                        + " \"JIRA_TOKEN_EXPIRY\": 1700000000, \"NESTED\": {\"a\": 1}}"));

        assertThat(settings).containsOnlyKeys("JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_TOKEN_EXPIRY");
        assertThat(settings.get("JIRA_EMAIL").display()).isEqualTo("rm@example.com");
        assertThat(settings.get("JIRA_API_TOKEN").display()).isEqualTo("****");
        assertThat(settings.get("JIRA_TOKEN_EXPIRY").value()).isEqualTo("1700000000");
        assertThat(settings.get("JIRA_API_TOKEN").origin()).isEqualTo("secretsmanager:team/jira");
    }

    @Test
    void shouldRejectASecretThatIsNotAJsonObjectWithoutQuotingIt() {
        assertThatThrownBy(() -> SecretPayload.parse("SECRET_JIRA", "team/jira", SecretValue.of("{\"JIRA_API_TOKEN\": \"s3cr3t")))
                .isInstanceOf(SecretException.class)
                .hasMessageStartingWith("Secrets Manager secret 'team/jira': MalformedSecret")
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void shouldTakeAPlainWebhookSecretAsWebhookSecret() {
        assertThat(SecretPayload.parse("SECRET_WEBHOOK", "hook", SecretValue.of("whsec-1")).get("WEBHOOK_SECRET").value())
                .isEqualTo("whsec-1");
    }

    @Test
    void shouldRejectAnInvalidSecretsManagerSwitch() {
        Configuration config = ConfigLoader.builder().flag("SECRETS_MANAGER", "maybe", "flag --set").load();

        assertThatThrownBy(config::secretRefs).isInstanceOf(UsageException.class)
                .hasMessage("flag --set: SECRETS_MANAGER must be true or false");
    }

    @Test
    void shouldRememberAFailedReadAndNameTheIdAndCode() {
        FakeSecrets store = new FakeSecrets();
        Configuration config = ConfigLoader.builder().flag("SECRET_BITBUCKET", "team/bb", "flag --set").load()
                .withSecrets(store);

        assertThatThrownBy(() -> config.get("BITBUCKET_API_TOKEN")).isInstanceOf(SecretException.class)
                .hasMessageStartingWith("Secrets Manager secret 'team/bb': ResourceNotFoundException");
        assertThatThrownBy(() -> config.get("JIRA_API_TOKEN")).isInstanceOf(SecretException.class);
        assertThat(store.asked).containsExactly("team/bb");
    }
}
