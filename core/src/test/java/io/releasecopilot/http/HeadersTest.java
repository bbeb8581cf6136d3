package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.releasecopilot.common.SecretValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headers every request carries, and the Authorization header exactly as Atlassian expects it. */
class HeadersTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/2.0/repositories/acme/portal/commits/main";

    @BeforeEach
    void stub() {
        SERVER.stubFor(get(urlEqualTo(PATH)).willReturn(Clients.ok()));
    }

    private void call(Auth auth) {
        Clients.client(SERVER, auth, RetryPolicy.fast(), new FakeTime(), new HttpStats())
                .get(Clients.url(SERVER, PATH), "commits");
    }

    @Test
    void shouldSendBasicWithEmailAndApiToken() {
        call(new Auth.Basic("jane@acme.example", SecretValue.of("ATATT3x-token"), "BITBUCKET_EMAIL and BITBUCKET_API_TOKEN"));

        String expected = Base64.getEncoder()
                .encodeToString("jane@acme.example:ATATT3x-token".getBytes(StandardCharsets.UTF_8));
        SERVER.verify(exactly(1), getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Basic " + expected)));
    }

    @Test
    void shouldEncodeNonAsciiUsersAsUtf8() {
        call(new Auth.Basic("jörg", SecretValue.of("pässword"), "BITBUCKET_USERNAME and BITBUCKET_PASSWORD"));

        String expected = Base64.getEncoder().encodeToString("jörg:pässword".getBytes(StandardCharsets.UTF_8));
        SERVER.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Basic " + expected)));
    }

    @Test
    void shouldSendBearerToken() {
        call(new Auth.Bearer(SecretValue.of("repo-access-token"), "BITBUCKET_ACCESS_TOKEN"));

        SERVER.verify(getRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer repo-access-token")));
    }

    @Test
    void shouldSendNoAuthorizationWithoutCredentials() {
        call(new Auth.None());

        SERVER.verify(getRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", absent()));
    }

    @Test
    void shouldAskForJsonAsReleaseCopilotOverHttp11() {
        call(new Auth.None());

        LoggedRequest request = SERVER.findAll(getRequestedFor(urlEqualTo(PATH))).get(0);
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getHeader("User-Agent")).matches("release-copilot/\\S+");
        assertThat(request.getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(request.containsHeader("Upgrade")).isFalse();
    }
}
