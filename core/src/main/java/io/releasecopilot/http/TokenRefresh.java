package io.releasecopilot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.releasecopilot.common.SecretValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The refresh-token grant against the token endpoint: {@code POST} JSON
 * {@code {grant_type: refresh_token, client_id, client_secret, refresh_token}}. Because the refresh token is
 * spent by a request that reached the server, only failures to connect, 429 and 503 are retried.
 */
final class TokenRefresh implements OAuth2.Refresher {

    static final String RESOURCE = "Jira OAuth token refresh";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Transport transport;
    private final RetryLoop loop;
    private final Redaction redaction;

    /** Refreshes through {@code transport}; messages are masked with the run's {@code redaction}. */
    TokenRefresh(Transport transport, RetryLoop loop, Redaction redaction) {
        this.transport = transport;
        this.loop = loop;
        this.redaction = redaction;
    }

    @Override
    public OAuth2.Refreshed refresh(OAuth2 client, SecretValue refreshToken) {
        URI endpoint = client.tokenEndpoint();
        RetryLoop.Call call = new RetryLoop.Call("POST", endpoint, RESOURCE, false);
        return loop.run(call, redaction, timeout -> attempt(client, refreshToken, timeout));
    }

    private Outcome<OAuth2.Refreshed> attempt(OAuth2 client, SecretValue refreshToken, Duration timeout)
            throws IOException, InterruptedException {
        ObjectNode body = MAPPER.createObjectNode()
                .put("grant_type", "refresh_token")
                .put("client_id", client.clientId())
                .put("client_secret", client.clientSecret().reveal())
                .put("refresh_token", refreshToken.reveal());
        HttpRequest request = HttpRequest.newBuilder(client.tokenEndpoint())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", ResilientHttpGet.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = transport.send(request, timeout);
        return outcome(client.tokenEndpoint(), response);
    }

    private Outcome<OAuth2.Refreshed> outcome(URI endpoint, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return tokens(endpoint, response.body());
        }
        String excerpt = Excerpt.of(response.body(), redaction);
        if (status == 429 || status == 503) {
            return new Outcome.Retry<>(StatusText.of(status), excerpt,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), loop.clock())
                            .orElse(null));
        }
        String error = errorCode(response.body());
        String advice;
        if ("invalid_grant".equals(error)) {
            advice = "the refresh token in JIRA_REFRESH_TOKEN was refused (invalid_grant): it expired (90 days unused,"
                    + " 365 days at most), was revoked, or was already used once (refresh tokens rotate);"
                    + " authorize the app again and set the new JIRA_REFRESH_TOKEN";
        } else if ("invalid_client".equals(error) || "unauthorized_client".equals(error) || status == 401) {
            advice = "check JIRA_CLIENT_ID and JIRA_CLIENT_SECRET";
        } else {
            advice = "check JIRA_REFRESH_TOKEN, JIRA_CLIENT_ID and JIRA_CLIENT_SECRET";
        }
        return Outcome.fail(Failures.line(RESOURCE, StatusText.of(status), endpoint, advice, excerpt));
    }

    private static Outcome<OAuth2.Refreshed> tokens(URI endpoint, byte[] body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            json = null;
        }
        SecretValue access = json == null ? null : SecretValue.of(json.path("access_token").asText(null));
        if (access == null) {
            return Outcome.fail(Failures.line(RESOURCE, "a response without an access token", endpoint,
                    "the refresh token may be spent: authorize the app again and set the new JIRA_REFRESH_TOKEN", ""));
        }
        return Outcome.done(new OAuth2.Refreshed(access, SecretValue.of(json.path("refresh_token").asText(null))));
    }

    private static String errorCode(byte[] body) {
        try {
            JsonNode json = MAPPER.readTree(body);
            return json == null ? "" : json.path("error").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
