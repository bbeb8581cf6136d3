package io.releasecopilot.http;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests go through the JVM's proxy selector: a second WireMock acts as the forward proxy. */
class ProxyTest {

    @RegisterExtension
    static final WireMockExtension TARGET = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static final WireMockExtension PROXY = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().enableBrowserProxying(true)).build();

    private static final String PATH = "/rest/api/2/search";

    @BeforeEach
    void stub() {
        TARGET.stubFor(get(urlEqualTo(PATH)).willReturn(Clients.ok()));
    }

    @Test
    void shouldSendRequestsThroughTheGivenProxySelector() {
        ProxySelector selector = ProxySelector.of(new InetSocketAddress("localhost", PROXY.getPort()));
        ResilientHttpGet client = Clients.client(Clients.access(TARGET, Clients.BASIC), RetryPolicy.fast(),
                new FakeTime(), new HttpStats(), () -> 0.5, selector);

        HttpBody body = client.get(Clients.url(TARGET, PATH), "Jira search");

        assertThat(body.status()).isEqualTo(200);
        assertThat(proxied()).hasSize(1);
        TARGET.verify(exactly(1), getRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldUseTheJvmProxySettingsByDefault() {
        Properties saved = (Properties) System.getProperties().clone();
        try {
            System.setProperty("http.proxyHost", "localhost");
            System.setProperty("http.proxyPort", String.valueOf(PROXY.getPort()));
            // an empty list also drops the JDK's built-in exclusions (localhost, 127.*), which any other list keeps
            System.setProperty("http.nonProxyHosts", "");

            HttpBody body = new ResilientHttpGet(Clients.access(TARGET, Clients.BASIC), RetryPolicy.fast(),
                    new HttpStats()).get(Clients.url(TARGET, PATH), "Jira search");

            assertThat(body.status()).isEqualTo(200);
            assertThat(proxied()).hasSize(1);
        } finally {
            System.setProperties(saved);
        }
    }

    @Test
    void shouldHonourNonProxyHosts() {
        Properties saved = (Properties) System.getProperties().clone();
        try {
            System.setProperty("http.proxyHost", "localhost");
            System.setProperty("http.proxyPort", String.valueOf(PROXY.getPort()));
            System.setProperty("http.nonProxyHosts", "localhost|127.*");

            new ResilientHttpGet(Clients.access(TARGET, Clients.BASIC), RetryPolicy.fast(), new HttpStats())
                    .get(Clients.url(TARGET, PATH), "Jira search");

            assertThat(proxied()).isEmpty();
            TARGET.verify(exactly(1), getRequestedFor(urlEqualTo(PATH)));
        } finally {
            System.setProperties(saved);
        }
    }

    private static List<ServeEvent> proxied() {
        return PROXY.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getAbsoluteUrl().contains(":" + TARGET.getPort() + PATH))
                .toList();
    }
}
