package io.releasecopilot.pipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.UntrustedText;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Posts one Code Insights report with its annotations to Bitbucket Cloud (REST 2.0):
 * {@code DELETE …/commit/{commit}/reports/{id}} (so annotations of an earlier run on the same commit go
 * away; 404 is fine), {@code PUT …/reports/{id}}, then {@code POST …/reports/{id}/annotations} in batches of
 * at most {@value #BATCH} annotations. HTTP/1.1, no retries: a failure is reported to the caller.
 */
final class CodeInsightsClient {

    /** Bitbucket accepts at most this many annotations per request. */
    static final int BATCH = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final InsightsRoute route;
    private final HttpClient http;

    CodeInsightsClient(InsightsRoute route) {
        this.route = route;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (route.proxy() != null) {
            InetSocketAddress proxy = route.proxy();
            builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHostString(), proxy.getPort())));
        }
        this.http = builder.build();
    }

    /**
     * Replaces the report {@code reportId} on the commit and posts the annotations.
     *
     * @return the number of annotation requests sent
     * @throws InsightsException when a request fails or Bitbucket refuses it
     */
    int publish(String workspace, String repoSlug, String commit, String reportId, ObjectNode report,
            List<ObjectNode> annotations) throws InsightsException {
        String path = "/repositories/" + segment(workspace) + "/" + segment(repoSlug) + "/commit/" + segment(commit)
                + "/reports/" + segment(reportId);
        send("DELETE", path, null, true);
        send("PUT", path, report, false);
        int requests = 0;
        for (int from = 0; from < annotations.size(); from += BATCH) {
            ArrayNode batch = JSON.createArrayNode();
            batch.addAll(annotations.subList(from, Math.min(annotations.size(), from + BATCH)));
            send("POST", path + "/annotations", batch, false);
            requests++;
        }
        return requests;
    }

    private void send(String method, String path, JsonNode body, boolean notFoundIsFine) throws InsightsException {
        URI uri = URI.create(route.apiBase() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("User-Agent", "release-copilot-pipe");
        if (route.authorization() != null) {
            request.header("Authorization", route.authorization().reveal());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InsightsException(method + " " + uri + " failed: "
                    + UntrustedText.oneLine(String.valueOf(e), 200), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InsightsException(method + " " + uri + " was interrupted", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2 || notFoundIsFine && status == 404) {
            return;
        }
        throw new InsightsException(method + " " + uri + " answered HTTP " + status
                + (response.body().isBlank() ? "" : ": " + UntrustedText.oneLine(response.body(), 200)), null);
    }

    private static String json(JsonNode body) throws InsightsException {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new InsightsException("cannot write the Code Insights JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A Code Insights request failed; the message is one line and holds no credential. */
    static final class InsightsException extends Exception {

        private static final long serialVersionUID = 1L;

        InsightsException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
