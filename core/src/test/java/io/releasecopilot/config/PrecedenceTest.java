package io.releasecopilot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecedenceTest {

    @TempDir
    Path dir;

    /**
     * Each row sets JIRA_BASE_URL at the levels named (a value per level) and expects the winning level.
     * Levels: flag, file (--config), env, dotenv, secrets (Secrets Manager), defaults.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "flag file env dotenv secrets, flag",
            "file env dotenv secrets, file",
            "env dotenv secrets, env",
            "dotenv secrets, dotenv",
            "secrets, secrets",
            "flag secrets, flag",
            "file secrets, file",
            "env secrets, env"})
    void shouldLetEachLevelOverrideTheOnesBelow(String levels, String winner) throws IOException {
        List<String> set = List.of(levels.split(" "));
        FakeSecrets store = new FakeSecrets();
        if (set.contains("secrets")) {
            store.put("releasecopilot/jira/oauth", "{\"JIRA_BASE_URL\": \"https://secrets.example\"}");
        }
        ConfigLoader loader = ConfigLoader.builder().defaultValue("SECRETS_MANAGER", "true", "test");
        if (set.contains("flag")) {
            loader.flag("JIRA_BASE_URL", "https://flag.example", "flag --set");
        }
        if (set.contains("file")) {
            loader.configFile(Files.writeString(dir.resolve("rc.yml"), "JIRA_BASE_URL: https://file.example\n"));
        }
        if (set.contains("env")) {
            loader.environment(Map.of("JIRA_BASE_URL", "https://env.example"));
        }
        if (set.contains("dotenv")) {
            loader.dotEnv(Files.writeString(dir.resolve(".env"), "JIRA_BASE_URL=https://dotenv.example\n"), true);
        }

        Configuration config = loader.load().withSecrets(store);

        assertThat(config.get("JIRA_BASE_URL")).contains("https://" + winner + ".example");
    }

    @Test
    void shouldLetSecretsManagerOverrideTheDefaults() {
        FakeSecrets store = new FakeSecrets()
                .put("releasecopilot/jira/oauth", "{\"JIRA_CLIENT_ID\": \"from-secret\"}");
        Configuration config = ConfigLoader.builder()
                .defaultValue("SECRETS_MANAGER", "true", "test")
                .defaultValue("JIRA_CLIENT_ID", "from-defaults", "test")
                .load().withSecrets(store);

        assertThat(config.setting("JIRA_CLIENT_ID")).get()
                .extracting(Setting::value, Setting::origin)
                .containsExactly("from-secret", "secretsmanager:releasecopilot/jira/oauth");
    }

    @Test
    void shouldResolveTheSecretIdThatWonTheMergeNotTheDefault() throws IOException {
        FakeSecrets store = new FakeSecrets()
                .put("team-a/jira", "{\"JIRA_API_TOKEN\": \"t-from-team-a\"}")
                .put("releasecopilot/jira/oauth", "{\"JIRA_API_TOKEN\": \"t-from-canonical\"}");
        Path file = Files.writeString(dir.resolve("rc.yml"), "SECRET_JIRA: team-a/jira\n");

        Configuration config = ConfigLoader.builder().configFile(file).load().withSecrets(store);

        assertThat(config.secret("JIRA_API_TOKEN")).get().extracting(SecretValue::reveal).isEqualTo("t-from-team-a");
        assertThat(config.setting("JIRA_API_TOKEN")).get().extracting(Setting::origin)
                .isEqualTo("secretsmanager:team-a/jira");
        assertThat(store.asked).containsExactly("team-a/jira");
    }

    @Test
    void shouldResolveAnIdGivenAsAFlagOverAnIdInTheEnvironment() {
        FakeSecrets store = new FakeSecrets().put("flag/jira", "{\"JIRA_EMAIL\": \"flag@example.com\"}");

        Configuration config = ConfigLoader.builder()
                .flag("SECRET_JIRA", "flag/jira", "flag --set")
                .environment(Map.of("SECRET_JIRA", "env/jira"))
                .load().withSecrets(store);

        assertThat(config.get("JIRA_EMAIL")).contains("flag@example.com");
        assertThat(store.asked).containsExactly("flag/jira");
    }

    @Test
    void shouldNotReadCanonicalIdsUnlessSecretsManagerIsOn() {
        FakeSecrets store = new FakeSecrets().put("releasecopilot/jira/oauth", "{\"JIRA_API_TOKEN\": \"x\"}");

        Configuration config = ConfigLoader.builder().load().withSecrets(store);

        assertThat(config.get("JIRA_API_TOKEN")).isEmpty();
        assertThat(config.usesSecrets()).isFalse();
        assertThat(store.asked).isEmpty();
    }

    @Test
    void shouldNotCallTheStoreWhenNoLookupNeedsIt() {
        FakeSecrets store = new FakeSecrets().put("releasecopilot/jira/oauth", "{\"JIRA_API_TOKEN\": \"x\"}");
        Configuration config = ConfigLoader.builder()
                .defaultValue("SECRETS_MANAGER", "true", "test")
                .environment(Map.of("JIRA_API_TOKEN", "from-env", "FIX_VERSION", "1.0"))
                .load().withSecrets(store);

        assertThat(config.get("JIRA_API_TOKEN")).contains("from-env");
        assertThat(config.get("FIX_VERSION")).contains("1.0");
        assertThat(config.get("AWS_REGION")).isEmpty();
        assertThat(store.asked).isEmpty();
    }

    @Test
    void shouldReadEachSecretOnceAndLetTheJiraSecretWinASharedName() {
        FakeSecrets store = new FakeSecrets()
                .put("releasecopilot/jira/oauth", "{\"JIRA_EMAIL\": \"jira@example.com\"}")
                .put("releasecopilot/bitbucket/token", "{\"JIRA_EMAIL\": \"bb@example.com\", \"BITBUCKET_API_TOKEN\": \"b\"}")
                .put("releasecopilot/jira/webhook_secret", "plain-webhook-secret");
        Configuration config = ConfigLoader.builder().defaultValue("SECRETS_MANAGER", "true", "test").load()
                .withSecrets(store);

        assertThat(config.get("JIRA_EMAIL")).contains("jira@example.com");
        assertThat(config.get("BITBUCKET_API_TOKEN")).contains("b");
        assertThat(config.get("WEBHOOK_SECRET")).contains("plain-webhook-secret");
        assertThat(store.asked).containsExactly("releasecopilot/jira/oauth", "releasecopilot/bitbucket/token",
                "releasecopilot/jira/webhook_secret");
    }

    @Test
    void shouldLetAnEmptyValueHideTheLevelsBelow() {
        Configuration config = ConfigLoader.builder()
                .flag("S3_PREFIX", "", "flag --upload")
                .load();

        assertThat(config.get("S3_PREFIX")).isEmpty();
        assertThat(config.setting("S3_PREFIX")).get().extracting(Setting::origin).isEqualTo("flag --upload");
    }

    @Test
    void shouldTakeAwsDefaultRegionWhenAwsRegionIsUnset() {
        assertThat(ConfigLoader.builder().environment(Map.of("AWS_DEFAULT_REGION", "us-east-2")).load()
                .setting("AWS_REGION")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("us-east-2", "env AWS_DEFAULT_REGION");
        assertThat(ConfigLoader.builder().environment(Map.of("AWS_DEFAULT_REGION", "us-east-2",
                "AWS_REGION", "eu-west-1")).load().get("AWS_REGION")).contains("eu-west-1");
    }

    @Test
    void shouldListEffectiveSettingsWithOriginsAndMaskedCredentials() {
        FakeSecrets store = new FakeSecrets().put("env/jira", "{\"JIRA_API_TOKEN\": \"tok-123\", \"JIRA_TOKEN_EXPIRY\": 5}");
        Configuration config = ConfigLoader.builder()
                .flag("AWS_REGION", "eu-west-1", "flag --region")
                .environment(Map.of("SECRET_JIRA", "env/jira", "BITBUCKET_PASSWORD", "pw-456", "HOME", "/root"))
                .load().withSecrets(store);

        List<String> lines = new ArrayList<>();
        config.effective().forEach(setting -> lines.add(setting.toString()));

        assertThat(lines).contains(
                "JIRA_API_TOKEN=**** (secretsmanager:env/jira)",
                "JIRA_TOKEN_EXPIRY=**** (secretsmanager:env/jira)",
                "BITBUCKET_PASSWORD=**** (env)",
                "AWS_REGION=eu-west-1 (flag --region)",
                "SECRET_JIRA=env/jira (env)",
                "SECRET_BITBUCKET=releasecopilot/bitbucket/token (defaults.yml)");
        assertThat(String.join("\n", lines)).doesNotContain("tok-123", "pw-456", "HOME");
        assertThat(lines.indexOf("JIRA_API_TOKEN=**** (secretsmanager:env/jira)"))
                .isLessThan(lines.indexOf("AWS_REGION=eu-west-1 (flag --region)"));
    }

    @Test
    void shouldSkipABrokenImplicitDotEnvOnlyWhenAllowed() throws IOException {
        Path broken = Files.writeString(dir.resolve(".env"), "this is not NAME=VALUE\n");

        assertThatThrownBy(() -> ConfigLoader.builder().dotEnv(broken, false).load())
                .isInstanceOf(UsageException.class).hasMessageContaining(".env");
        assertThatThrownBy(() -> ConfigLoader.builder().dotEnv(broken, true).skipBrokenDotEnv(true).load())
                .as("a file the user named is never skipped").isInstanceOf(UsageException.class);
        Configuration config = ConfigLoader.builder().dotEnv(broken, false).skipBrokenDotEnv(true)
                .environment(Map.of("FIX_VERSION", "2026.03")).load();
        assertThat(config.get("FIX_VERSION")).contains("2026.03");
    }
}
