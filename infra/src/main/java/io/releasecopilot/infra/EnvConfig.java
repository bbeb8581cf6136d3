package io.releasecopilot.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * One environment file, {@code infra/envs/<env>.json}: what differs between deployments. Unknown fields and
 * wrong types are errors that name the file and the field; secrets are given by name or ARN, never by value.
 *
 * @param env              the environment's name, part of every resource name
 * @param region           the AWS region
 * @param bucketName       the bucket's name, or {@code null} to let CloudFormation choose one
 * @param retainBucket     whether the bucket outlives the stack
 * @param kms              SSE-KMS with a key of the stack instead of SSE-S3
 * @param prefix           the key prefix of everything Release Copilot writes, without a slash
 * @param lambdaJar        the shaded Lambda jar, relative to the infra folder unless absolute
 * @param jiraSecret       name or ARN of the Jira credentials secret
 * @param bitbucketSecret  name or ARN of the Bitbucket credentials secret
 * @param webhookSecret    name or ARN of the Jira webhook secret
 * @param audit            the scheduled audit
 * @param reconcile        the scheduled reconciliation of the mirror
 * @param webhookRateLimit requests per second the webhook API accepts on average
 * @param webhookBurst     requests the webhook API accepts at once
 * @param alarmEmail       an address subscribed to the alarm topic, or {@code null}
 */
public record EnvConfig(String env, String region, String bucketName, boolean retainBucket, boolean kms,
        String prefix, String lambdaJar, String jiraSecret, String bitbucketSecret,
        String webhookSecret, Schedule audit, Schedule reconcile, double webhookRateLimit, int webhookBurst,
        String alarmEmail) {

    /**
     * A scheduled invocation.
     *
     * @param enabled    whether the rule fires
     * @param expression an EventBridge {@code cron(...)} or {@code rate(...)} expression
     * @param event      the event the Lambda receives, as JSON
     */
    public record Schedule(boolean enabled, String expression, String event) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Set<String> FIELDS = Set.of("env", "region", "bucketName", "retainBucket", "encryption",
            "prefix", "lambdaJar", "secrets", "auditSchedule", "reconcileSchedule", "webhookThrottle",
            "alarmEmail");

    /**
     * Reads an environment file.
     *
     * @throws IllegalArgumentException naming the file and the field when it is missing, unknown or of the
     *                                  wrong type
     */
    public static EnvConfig read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such environment file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Reader in = new Reader(file, root);
        in.only(root, "", FIELDS);
        JsonNode secrets = in.object(root, "secrets");
        in.only(secrets, "secrets.", Set.of("jira", "bitbucket", "webhook"));
        JsonNode throttle = in.object(root, "webhookThrottle");
        in.only(throttle, "webhookThrottle.", Set.of("rateLimit", "burstLimit"));
        String encryption = in.text(root, "encryption");
        if (!encryption.equals("S3") && !encryption.equals("KMS")) {
            throw in.error("encryption", "must be S3 or KMS, not " + encryption);
        }
        String prefix = in.text(root, "prefix");
        if (prefix.isEmpty() || prefix.startsWith("/") || prefix.endsWith("/")) {
            throw in.error("prefix", "must be a key prefix without leading or trailing slash: '" + prefix + "'");
        }
        return new EnvConfig(in.text(root, "env"), in.text(root, "region"), in.optionalText(root, "bucketName"),
                in.bool(root, "retainBucket"), encryption.equals("KMS"), prefix, in.text(root, "lambdaJar"),
                in.text(secrets, "jira", "secrets."),
                in.text(secrets, "bitbucket", "secrets."), in.text(secrets, "webhook", "secrets."),
                in.schedule(root, "auditSchedule"), in.schedule(root, "reconcileSchedule"),
                in.number(throttle, "rateLimit", "webhookThrottle."),
                (int) in.number(throttle, "burstLimit", "webhookThrottle."), in.optionalText(root, "alarmEmail"));
    }

    /** Reads fields of one file, with errors that name it. */
    private record Reader(Path file, JsonNode root) {

        IllegalArgumentException error(String field, String what) {
            return new IllegalArgumentException(file + ": " + field + " " + what);
        }

        void only(JsonNode node, String path, Set<String> known) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw error(path + name, "is not a known field (known: " + String.join(", ", known.stream()
                            .sorted().toList()) + ")");
                }
            }
        }

        JsonNode object(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isObject()) {
                throw error(field, "must be an object");
            }
            return value;
        }

        String text(JsonNode node, String field) {
            return text(node, field, "");
        }

        String text(JsonNode node, String field, String path) {
            JsonNode value = node.path(field);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw error(path + field, "must be a non-empty string");
            }
            return value.asText();
        }

        String optionalText(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            return text(node, field);
        }

        boolean bool(JsonNode node, String field) {
            return bool(node, field, "");
        }

        boolean bool(JsonNode node, String field, String path) {
            JsonNode value = node.path(field);
            if (!value.isBoolean()) {
                throw error(path + field, "must be true or false");
            }
            return value.asBoolean();
        }

        double number(JsonNode node, String field, String path) {
            JsonNode value = node.path(field);
            if (!value.isNumber() || value.asDouble() <= 0) {
                throw error(path + field, "must be a number above 0");
            }
            return value.asDouble();
        }

        Schedule schedule(JsonNode node, String field) {
            JsonNode schedule = object(node, field);
            only(schedule, field + ".", Set.of("enabled", "expression", "event"));
            String expression = text(schedule, "expression", field + ".");
            if (!expression.matches("(cron|rate)\\(.+\\)")) {
                throw error(field + ".expression", "must be cron(...) or rate(...): " + expression);
            }
            JsonNode event = schedule.path("event");
            if (!event.isMissingNode() && !event.isObject()) {
                throw error(field + ".event", "must be an object");
            }
            return new Schedule(bool(schedule, "enabled", field + "."), expression,
                    event.isMissingNode() ? "{}" : event.toString());
        }
    }

    /** Returns the secret ids by the setting names the CLI reads them under. */
    public Map<String, String> secretSettings() {
        return Map.of("SECRET_JIRA", jiraSecret, "SECRET_BITBUCKET", bitbucketSecret, "SECRET_WEBHOOK", webhookSecret);
    }
}
