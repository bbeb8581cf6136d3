package io.releasecopilot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import org.junit.jupiter.api.Test;

class ConfigFileTest {

    @Test
    void shouldReadKnownNamesWithTheFileAsOrigin() {
        Layer layer = ConfigFile.parse("config file", "ops/rc.yml", """
                JIRA_BASE_URL: https://acme.atlassian.net
                SECRET_JIRA: team-a/jira
                DYNAMODB_TABLE: rc-webhooks
                SECRETS_MANAGER: true
                S3_PREFIX: ""
                """);

        assertThat(layer.get("SECRET_JIRA")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("team-a/jira", "ops/rc.yml");
        assertThat(layer.get("SECRETS_MANAGER")).get().extracting(Setting::value).isEqualTo("true");
        assertThat(layer.get("S3_PREFIX")).get().extracting(Setting::isEmpty).isEqualTo(true);
    }

    @Test
    void shouldNameTheFileAndTheMistypedKeyWithASuggestion() {
        assertThatThrownBy(() -> ConfigFile.parse("config file", "ops/rc.yml", "JIRA_BASE_URL: x\nJIRA_BASEURL: y\n"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("ops/rc.yml: unknown setting 'JIRA_BASEURL' (did you mean 'JIRA_BASE_URL'?)");
        assertThatThrownBy(() -> ConfigFile.parse("config file", "ops/rc.yml", "aws_region: eu-west-1\n"))
                .hasMessageContaining("did you mean 'AWS_REGION'?");
    }

    @Test
    void shouldRejectListsMappingsAndMissingValues() {
        assertThatThrownBy(() -> ConfigFile.parse("config file", "f.yml", "FIX_VERSION: [1, 2]\n"))
                .hasMessage("f.yml: FIX_VERSION must be a single value, not a list");
        assertThatThrownBy(() -> ConfigFile.parse("config file", "f.yml", "FIX_VERSION:\n"))
                .hasMessageStartingWith("f.yml: FIX_VERSION has no value");
        assertThatThrownBy(() -> ConfigFile.parse("config file", "f.yml", "- FIX_VERSION\n"))
                .hasMessageStartingWith("f.yml: expected a mapping");
    }

    @Test
    void shouldNameTheLineOfMalformedYamlWithoutQuotingIt() {
        assertThatThrownBy(() -> ConfigFile.parse("config file", "f.yml",
                "JIRA_API_TOKEN: \"s3cr3t\n  BITBUCKET_PASSWORD: [x\n"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("f.yml: malformed YAML at line")
                .message().doesNotContain("s3cr3t");
        assertThatThrownBy(() -> ConfigFile.parse("config file", "f.yml", "FIX_VERSION: a\nFIX_VERSION: b\n"))
                .hasMessageContaining("duplicate key");
    }

    @Test
    void shouldShipDefaultsWithTheCanonicalSecretIds() {
        Layer defaults = ConfigFile.defaults();

        assertThat(defaults.get("SECRET_JIRA")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("releasecopilot/jira/oauth", "defaults.yml");
        assertThat(defaults.get("SECRET_BITBUCKET")).get().extracting(Setting::value)
                .isEqualTo("releasecopilot/bitbucket/token");
        assertThat(defaults.get("SECRET_WEBHOOK")).get().extracting(Setting::value)
                .isEqualTo("releasecopilot/jira/webhook_secret");
        assertThat(defaults.get("SECRETS_MANAGER")).get().extracting(Setting::value).isEqualTo("false");
    }
}
