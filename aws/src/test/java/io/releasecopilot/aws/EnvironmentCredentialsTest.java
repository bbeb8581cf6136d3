package io.releasecopilot.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** AWS credentials from a given environment (a Jenkins build's), not from the process's. */
class EnvironmentCredentialsTest {

    @TempDir
    Path home;

    @Test
    void shouldTakeTheKeyPairAndSessionTokenOfTheEnvironment() {
        AwsCredentials credentials = EnvironmentCredentials.given(Map.of("AWS_ACCESS_KEY_ID", "AKIDPIPELINE",
                "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "token")).orElseThrow().resolveCredentials();

        assertThat(credentials.accessKeyId()).isEqualTo("AKIDPIPELINE");
        assertThat(credentials).isInstanceOfSatisfying(AwsSessionCredentials.class,
                session -> assertThat(session.sessionToken()).isEqualTo("token"));
    }

    @Test
    void shouldReadTheNamedProfileFromTheFilesTheEnvironmentNames() throws Exception {
        Path file = Files.writeString(home.resolve("credentials"), """
                [default]
                aws_access_key_id = AKIDDEFAULT
                aws_secret_access_key = default-secret
                [release]
                aws_access_key_id = AKIDRELEASE
                aws_secret_access_key = release-secret
                """);

        AwsCredentials credentials = EnvironmentCredentials.given(Map.of("AWS_PROFILE", "release",
                "AWS_SHARED_CREDENTIALS_FILE", file.toString(), "HOME", home.toString())).orElseThrow()
                .resolveCredentials();

        assertThat(credentials.accessKeyId()).isEqualTo("AKIDRELEASE");
        assertThat(EnvironmentCredentials.machine(Map.of("AWS_SHARED_CREDENTIALS_FILE", file.toString()))
                .resolveCredentials().accessKeyId()).as("the default profile, before any role")
                .isIn("AKIDDEFAULT", System.getProperty("aws.accessKeyId"));
    }

    @Test
    void shouldNameNoCredentialsForAnEnvironmentWithoutAny() {
        assertThat(EnvironmentCredentials.given(Map.of("AWS_REGION", "eu-west-1", "HOME", home.toString())))
                .isEmpty();
    }

    @Test
    void shouldNameTheMissingHalfOfAKeyPair() {
        assertThatThrownBy(() -> EnvironmentCredentials.given(Map.of("AWS_SECRET_ACCESS_KEY", "secret")))
                .isInstanceOf(UsageException.class)
                .hasMessage("AWS_SECRET_ACCESS_KEY is set without AWS_ACCESS_KEY_ID in the environment");
    }
}
