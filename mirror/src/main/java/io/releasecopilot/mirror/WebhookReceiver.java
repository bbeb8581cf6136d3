package io.releasecopilot.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasecopilot.aws.AwsClients;
import io.releasecopilot.aws.DynamoDbClients;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.aws.StandardHttpClients;
import io.releasecopilot.common.SecretValue;
import io.releasecopilot.config.Configuration;
import io.releasecopilot.config.SecretException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The webhook behind API Gateway (proxy integration, REST or HTTP API; the Lambda handler is
 * {@code io.releasecopilot.lambda.WebhookHandler}): receives Jira's
 * {@code jira:issue_created}, {@code jira:issue_updated} and {@code jira:issue_deleted} deliveries (Cloud and
 * Data Center) and writes them to the mirror ({@link MirrorStore}). Every delivery is authenticated first
 * ({@link WebhookAuth}); one that is too large (413), unauthenticated (401) or malformed (400) is answered
 * with a bare status word and never written. Other events are acknowledged (202) and ignored. A DynamoDB
 * failure answers 500 so that Jira delivers again; redeliveries and out-of-order deliveries cannot make the
 * mirror go back in time.
 *
 * <p>Environment: {@code DYNAMODB_TABLE}, and {@code WEBHOOK_SECRET} or {@code SECRET_WEBHOOK} (default
 * {@code releasecopilot/jira/webhook_secret}); {@code AWS_REGION} is set by Lambda.
 */
public final class WebhookReceiver {

    /** The largest body accepted. Jira issue bodies with long descriptions stay well under it. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(WebhookReceiver.class.getName());

    private final MirrorStore store;
    private final WebhookSecret secret;
    private final Clock clock;

    /** The receiver of the Lambda function: settings from {@code environment}, the process environment. */
    public WebhookReceiver(Map<String, String> environment) {
        this(MirrorSettings.load(environment), Clock.systemUTC());
    }

    private WebhookReceiver(Configuration config, Clock clock) {
        this(config, new AwsClients(MirrorSettings.aws(config), new StandardHttpClients()), clock);
    }

    WebhookReceiver(Configuration config, AwsClients clients, Clock clock) {
        this(new MirrorStore(DynamoDbClients.build(clients), MirrorSettings.table(config)),
                new WebhookSecret(config, SecretsManagerResolver.of(clients), clock), clock);
    }

    WebhookReceiver(MirrorStore store, WebhookSecret secret, Clock clock) {
        this.store = store;
        this.secret = secret;
        this.clock = clock;
    }

    /** Answers one API Gateway event (no event is an empty one) with an API Gateway response. */
    public Map<String, Object> handle(Map<String, Object> event) {
        if (event == null) {
            return handle(Map.of());
        }
        Map<String, String> headers = headers(event.get("headers"));
        String delivery = headers.getOrDefault("x-atlassian-webhook-identifier", "-");
        String method = method(event);
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            return response(405, "method not allowed");
        }
        byte[] body;
        try {
            body = body(event);
        } catch (IllegalArgumentException e) {
            return response(400, "bad request");
        }
        if (body.length > MAX_BODY_BYTES) {
            LOG.log(Level.WARNING, "webhook delivery {0}: refused a body of {1} bytes", delivery, body.length);
            return response(413, "payload too large");
        }
        Optional<SecretValue> key;
        try {
            key = secret.get();
        } catch (SecretException e) {
            LOG.log(Level.ERROR, "webhook delivery {0}: the webhook secret cannot be read: {1}", delivery,
                    e.getMessage());
            return response(500, "internal error");
        }
        if (key.isEmpty()) {
            LOG.log(Level.ERROR, "webhook delivery {0}: refused, no webhook secret is configured (WEBHOOK_SECRET or"
                    + " SECRET_WEBHOOK)", delivery);
            return response(401, "unauthorized");
        }
        if (!WebhookAuth.authentic(body, headers.get(WebhookAuth.SIGNATURE_HEADER),
                headers.get(WebhookAuth.SHARED_SECRET_HEADER), key.get())) {
            LOG.log(Level.WARNING, "webhook delivery {0}: refused, missing or wrong signature", delivery);
            return response(401, "unauthorized");
        }
        JsonNode payload;
        try {
            payload = IssueJson.JSON.readTree(body);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "webhook delivery {0}: refused, the body is not JSON", delivery);
            return response(400, "bad request");
        }
        String type = payload == null ? null : IssueJson.text(payload, "webhookEvent");
        if (type == null) {
            LOG.log(Level.WARNING, "webhook delivery {0}: refused, no webhookEvent", delivery);
            return response(400, "bad request");
        }
        try {
            MirrorStore.Outcome outcome;
            switch (type) {
                case "jira:issue_created", "jira:issue_updated" -> {
                    IssueState state = IssueJson.state(payload.get("issue"));
                    outcome = store.apply(state);
                    LOG.log(Level.INFO, "webhook delivery {0}: {1} {2} updated {3}: {4}", delivery, type,
                            state.key(), Long.toString(state.updated()), outcome);
                }
                case "jira:issue_deleted" -> {
                    JsonNode issue = payload.get("issue");
                    String id = IssueJson.text(issue, "id");
                    String issueKey = IssueJson.text(issue, "key");
                    if (id == null || issueKey == null) {
                        throw new IllegalArgumentException("the deleted issue has no 'id' or 'key'");
                    }
                    JsonNode timestamp = payload.get("timestamp");
                    long at = timestamp != null && timestamp.canConvertToLong() ? timestamp.asLong()
                            : clock.millis();
                    outcome = store.delete(id, issueKey, at);
                    LOG.log(Level.INFO, "webhook delivery {0}: {1} {2}: {3}", delivery, type, issueKey, outcome);
                }
                default -> {
                    LOG.log(Level.INFO, "webhook delivery {0}: ignored {1}", delivery, type);
                    return response(202, "ignored");
                }
            }
            return response(200, outcome.name().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "webhook delivery {0}: refused, {1}", delivery, e.getMessage());
            return response(400, "bad request");
        } catch (SdkException | io.releasecopilot.common.AuditException e) {
            LOG.log(Level.ERROR, "webhook delivery {0}: the mirror could not be written ({1}); Jira will retry",
                    delivery, e.getClass().getSimpleName());
            return response(500, "internal error");
        }
    }

    private static String method(Map<String, Object> event) {
        if (event.get("httpMethod") instanceof String method) {
            return method;
        }
        if (event.get("requestContext") instanceof Map<?, ?> context && context.get("http") instanceof Map<?, ?> http
                && http.get("method") instanceof String method) {
            return method;
        }
        return null;
    }

    private static byte[] body(Map<String, Object> event) {
        Object body = event.get("body");
        if (body == null) {
            return new byte[0];
        }
        if (!(body instanceof String text)) {
            throw new IllegalArgumentException("body is not a string");
        }
        if (Boolean.TRUE.equals(event.get("isBase64Encoded"))) {
            return Base64.getDecoder().decode(text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(Object headers) {
        Map<String, String> lower = new LinkedHashMap<>();
        if (headers instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (name != null && value != null) {
                    lower.put(name.toString().toLowerCase(Locale.ROOT), value.toString());
                }
            });
        }
        return lower;
    }

    private static Map<String, Object> response(int status, String word) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", status);
        response.put("headers", Map.of("Content-Type", "application/json"));
        response.put("body", "{\"result\":\"" + word.replace(' ', '_') + "\"}");
        return response;
    }
}
