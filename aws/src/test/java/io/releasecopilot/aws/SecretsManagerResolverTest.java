package io.releasecopilot.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.SecretException;
import io.releasecopilot.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsManagerResolverTest {

    static {
        TestAws.install();
    }

    private static final String JIRA_JSON = "{\"JIRA_EMAIL\": \"rm@example.com\", \"JIRA_API_TOKEN\": \"tok-jira-77\"}";

    @TempDir
    Path dir;

    private SecretsManagerFake stub;
    private AwsClients clients;

    @BeforeEach
    void setUp() throws IOException {
        stub = new SecretsManagerFake().secret("team-a/jira", JIRA_JSON).deny("team-a/locked");
        clients = new AwsClients(new AwsSettings(TestAws.REGION, null, stub.endpoint(), null),
                new StandardHttpClients());
    }

    @AfterEach
    void tearDown() {
        clients.close();
        stub.close();
    }

    @Test
    void shouldReadTheSecretStringThroughTheSdkWithSigV4() {
        String text = SecretsManagerResolver.of(clients).fetch("team-a/jira").reveal();

        assertThat(text).isEqualTo(JIRA_JSON);
        assertThat(stub.targets()).containsExactly("secretsmanager.GetSecretValue");
        assertThat(stub.authorizations()).singleElement().asString()
                .startsWith("AWS4-HMAC-SHA256 Credential=" + TestAws.ACCESS_KEY)
                .contains("/" + TestAws.REGION + "/secretsmanager/aws4_request");
    }

    @Test
    void shouldNameTheIdAndCodeOfAnUnknownSecretWithoutRetrying() {
        assertThatThrownBy(() -> SecretsManagerResolver.of(clients).fetch("team-a/missing"))
                .isInstanceOf(SecretException.class)
                .hasMessageStartingWith("Secrets Manager secret 'team-a/missing': ResourceNotFoundException")
                .satisfies(e -> assertThat(((SecretException) e).errorCode()).isEqualTo("ResourceNotFoundException"));
        assertThat(stub.requests()).isEqualTo(1);
    }

    @Test
    void shouldNameTheIdAndCodeWhenAccessIsDenied() {
        assertThatThrownBy(() -> SecretsManagerResolver.of(clients).fetch("team-a/locked"))
                .isInstanceOf(SecretException.class)
                .hasMessageStartingWith("Secrets Manager secret 'team-a/locked': AccessDeniedException");
    }

    @Test
    void shouldFillTheConfigurationFromTheIdThatWonAndKeepHigherLevels() throws IOException {
        Path file = Files.writeString(dir.resolve("rc.yml"), "SECRET_JIRA: team-a/jira\n");
        Configuration config = ConfigLoader.builder()
                .configFile(file)
                .environment(Map.of("JIRA_EMAIL", "env@example.com"))
                .load()
                .withSecrets(SecretsManagerResolver.of(clients));

        assertThat(config.get("JIRA_EMAIL")).contains("env@example.com");
        assertThat(config.setting("JIRA_API_TOKEN")).get()
                .extracting(Setting::value, Setting::display, Setting::origin)
                .containsExactly("tok-jira-77", "****", "secretsmanager:team-a/jira");
        assertThat(stub.askedIds()).containsExactly("team-a/jira");
    }

    @Test
    void shouldNeverPutTheValueInAnError() {
        stub.secret("team-a/broken", "{\"JIRA_API_TOKEN\": \"tok-broken-99\"");
        Configuration config = ConfigLoader.builder().flag("SECRET_JIRA", "team-a/broken", "flag --set").load()
                .withSecrets(SecretsManagerResolver.of(clients));

        assertThatThrownBy(() -> config.get("JIRA_API_TOKEN")).isInstanceOf(SecretException.class)
                .hasMessageContaining("team-a/broken").hasMessageContaining("MalformedSecret")
                .message().doesNotContain("tok-broken-99");
    }
}
