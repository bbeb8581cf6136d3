package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.aws.fakes.SecretsManagerFake;
import io.releasecopilot.cli.fakes.TestCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        ConfigOptions.environment = () -> Map.of("JIRA_API_TOKEN", "env-token-123", "JIRA_EMAIL", "env@example.com",
                "PATH", "/usr/bin");
    }

    @AfterEach
    void tearDown() {
        ConfigOptions.environment = System::getenv;
    }

    @Test
    void shouldShowEveryValueWithItsOriginAndMaskCredentials() throws IOException {
        Path config = Files.writeString(dir.resolve("rc.yml"), "JIRA_BASE_URL: https://acme.atlassian.net\n"
                + "JIRA_EMAIL: file@example.com\n");
        Path env = Files.writeString(dir.resolve("local.env"), "# local\nBITBUCKET_PASSWORD='dotenv-pw-456'\n"
                + "JIRA_EMAIL=dotenv@example.com\n");

        RcRun run = RcRun.of("config", "--show", "--config", config.toString(), "--env-file", env.toString(),
                "--region", "eu-west-1", "--set", "DYNAMODB_TABLE=rc-hooks");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).first().asString().matches("NAME +VALUE +ORIGIN");
        assertThat(run.out()).containsPattern("JIRA_BASE_URL +https://acme.atlassian.net +" + Path.of(config.toString()))
                .containsPattern("JIRA_EMAIL +file@example.com +" + config)
                .containsPattern("JIRA_API_TOKEN +\\*\\*\\*\\* +env\\n")
                .containsPattern("BITBUCKET_PASSWORD +\\*\\*\\*\\* +" + env + ":2")
                .containsPattern("AWS_REGION +eu-west-1 +flag --region")
                .containsPattern("DYNAMODB_TABLE +rc-hooks +flag --set")
                .containsPattern("SECRET_JIRA +releasecopilot/jira/oauth +defaults.yml")
                .contains("Secrets Manager: not read")
                .doesNotContain("env-token-123", "dotenv-pw-456", "PATH");
    }

    @Test
    void shouldShowValuesFromTheSecretThatTheMergedIdNames() throws IOException {
        TestCredentials.install();
        try (SecretsManagerFake stub = new SecretsManagerFake()
                .secret("team-a/jira", "{\"JIRA_CLIENT_SECRET\": \"sm-secret-789\", \"JIRA_CLIENT_ID\": \"client-1\"}")) {
            Path config = Files.writeString(dir.resolve("rc.yml"), "SECRET_JIRA: team-a/jira\n");

            RcRun run = RcRun.of("config", "--show", "--config", config.toString(), "--region", "eu-west-1",
                    "--set", "AWS_ENDPOINT_URL_SECRETS_MANAGER=" + stub.endpoint());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("JIRA_CLIENT_SECRET +\\*\\*\\*\\* +secretsmanager:team-a/jira")
                    .containsPattern("JIRA_CLIENT_ID +client-1 +secretsmanager:team-a/jira")
                    .containsPattern("JIRA_API_TOKEN +\\*\\*\\*\\* +env\\n")
                    .contains("Secrets Manager: read SECRET_JIRA=team-a/jira")
                    .doesNotContain("sm-secret-789");
            assertThat(stub.askedIds()).containsExactly("team-a/jira");
        }
    }

    @Test
    void shouldNameTheSecretAndCodeWhenItCannotBeRead() throws IOException {
        TestCredentials.install();
        try (SecretsManagerFake stub = new SecretsManagerFake()) {
            RcRun run = RcRun.of("config", "--show", "--region", "eu-west-1", "--set", "SECRET_BITBUCKET=team-a/bb",
                    "--set", "AWS_ENDPOINT_URL_SECRETS_MANAGER=" + stub.endpoint());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("rc config: error: Secrets Manager secret 'team-a/bb': ResourceNotFoundException");
            assertThat(run.out()).containsPattern("SECRET_BITBUCKET +team-a/bb +flag --set");
        }
    }

    @Test
    void shouldNameTheConfigFileAndTheMistypedKey() throws IOException {
        Path config = Files.writeString(dir.resolve("rc.yml"), "S3_BUKET: audits\n");

        RcRun run = RcRun.of("config", "--show", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("rc config: error: " + config + ": unknown setting 'S3_BUKET' (did you mean 'S3_BUCKET'?)");
    }

    @Test
    void shouldNameTheEnvFileAndLine() throws IOException {
        Path env = Files.writeString(dir.resolve(".env"), "JIRA_EMAIL=a@b.c\nJIRA_API_TOKEN \"tok\"\n");

        RcRun run = RcRun.of("config", "--show", "--env-file", env.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("rc config: error: " + env + ":2: expected NAME=VALUE");
    }

    @Test
    void shouldAskForShow() {
        RcRun run = RcRun.of("config");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --show");
    }
}
