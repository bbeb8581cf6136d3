package io.releasecopilot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DotEnvFileTest {

    @Test
    void shouldReadAssignmentsQuotesCommentsAndExport() {
        Layer layer = DotEnvFile.parse("/w/.env", """
                # Jira
                JIRA_BASE_URL=https://acme.atlassian.net   # the site
                export JIRA_EMAIL = "rm@example.com"
                JIRA_API_TOKEN='abc#def "quoted"'
                BITBUCKET_WORKSPACE="acme \\"core\\"\\tteam"

                BITBUCKET_PASSWORD="line one
                line two"
                FIX_VERSION=
                UNKNOWN_TOOL_SETTING=ignored
                AWS_REGION=eu-west-1
                AWS_REGION=eu-central-1
                """);

        assertThat(layer.get("JIRA_BASE_URL")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("https://acme.atlassian.net", "/w/.env:2");
        assertThat(layer.get("JIRA_EMAIL")).get().extracting(Setting::value).isEqualTo("rm@example.com");
        assertThat(layer.get("JIRA_API_TOKEN")).get().extracting(Setting::value, Setting::display)
                .containsExactly("abc#def \"quoted\"", "****");
        assertThat(layer.get("BITBUCKET_WORKSPACE")).get().extracting(Setting::value)
                .isEqualTo("acme \"core\"\tteam");
        assertThat(layer.get("BITBUCKET_PASSWORD")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("line one\nline two", "/w/.env:7");
        assertThat(layer.get("FIX_VERSION")).get().extracting(Setting::isEmpty).isEqualTo(true);
        assertThat(layer.get("UNKNOWN_TOOL_SETTING")).isEmpty();
        assertThat(layer.get("AWS_REGION")).get().extracting(Setting::value, Setting::origin)
                .containsExactly("eu-central-1", "/w/.env:12");
    }

    @Test
    void shouldNameFileAndLineOfALineWithoutEquals() {
        assertThatThrownBy(() -> DotEnvFile.parse("/w/.env", "JIRA_EMAIL=a@b.c\nJIRA_API_TOKEN s3cr3t\n"))
                .isInstanceOf(UsageException.class)
                .hasMessage("/w/.env:2: expected NAME=VALUE")
                .message().doesNotContain("s3cr3t");
    }

    @Test
    void shouldNameAnUnclosedQuoteWithoutShowingTheValue() {
        assertThatThrownBy(() -> DotEnvFile.parse("/w/.env", "\n\nJIRA_API_TOKEN=\"s3cr3t\nMORE=1\n"))
                .isInstanceOf(UsageException.class)
                .hasMessage("/w/.env:3: the double quote of JIRA_API_TOKEN is never closed");
    }

    @Test
    void shouldRejectTextAfterTheClosingQuote() {
        assertThatThrownBy(() -> DotEnvFile.parse("/w/.env", "JIRA_API_TOKEN='s3cr3t' trailing\n"))
                .isInstanceOf(UsageException.class)
                .hasMessage("/w/.env:1: unexpected text after the closing quote of JIRA_API_TOKEN");
    }

    @Test
    void shouldRejectABadName() {
        assertThatThrownBy(() -> DotEnvFile.parse("/w/.env", "1JIRA=x\n"))
                .hasMessage("/w/.env:1: expected NAME=VALUE");
        assertThatThrownBy(() -> DotEnvFile.parse("/w/.env", "export\n"))
                .hasMessage("/w/.env:1: expected NAME=VALUE after 'export'");
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = Path.of("/no/such/dir/.env");
        assertThatThrownBy(() -> DotEnvFile.load(missing)).isInstanceOf(UsageException.class)
                .hasMessage(missing + ": no such file");
    }
}
