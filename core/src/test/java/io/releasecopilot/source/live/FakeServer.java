package io.releasecopilot.source.live;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A WireMock server per test, with {@link Stubs} and request queries. */
final class FakeServer implements BeforeEachCallback, AfterEachCallback {

    private WireMockServer wm;
    private Stubs stubs;

    @Override
    public void beforeEach(ExtensionContext context) {
        wm = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(40).jettyAcceptors(2));
        wm.start();
        stubs = new Stubs(wm);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        wm.stop();
    }

    WireMockServer server() {
        return wm;
    }

    Stubs stubs() {
        return stubs;
    }

    String url() {
        return wm.baseUrl();
    }

    /** Returns the requests to exactly {@code path}, oldest first. */
    List<LoggedRequest> requests(String path) {
        return sorted(wm.findAll(getRequestedFor(urlPathEqualTo(path))));
    }

    /** Returns the requests to paths matching {@code regex}, oldest first. */
    List<LoggedRequest> requestsMatching(String regex) {
        return sorted(wm.findAll(getRequestedFor(urlPathMatching(regex))));
    }

    /** Returns the Bitbucket requests (every path under /2.0 or /rest/api/1.0), oldest first. */
    List<LoggedRequest> bitbucketRequests() {
        return requestsMatching("/(2\\.0|rest/api/1\\.0)/.*");
    }

    private static List<LoggedRequest> sorted(List<LoggedRequest> requests) {
        return requests.stream().sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** Returns a query parameter's first value, or null. */
    static String param(LoggedRequest request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : null;
    }
}
